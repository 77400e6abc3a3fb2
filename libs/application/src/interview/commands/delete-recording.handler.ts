import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DeleteRecording, recordingDecider, recordingStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { STORAGE, Storage } from '../../ports/storage.port';
import { loadVisibleInterview } from '../queries/load-visible-interview';
import { DeleteRecordingCommand } from './delete-recording.command';

@CommandHandler(DeleteRecordingCommand)
export class DeleteRecordingHandler implements ICommandHandler<DeleteRecordingCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute({ interviewId, actor }: DeleteRecordingCommand): Promise<void> {
    await loadVisibleInterview(this.reads, interviewId, actor, 'participate');
    const command: DeleteRecording = { type: 'DeleteRecording', metadata: this.store.commandMetadata(), data: { interviewId, actorId: actor.id } };
    const { events } = await this.store.execute(recordingStreamId(interviewId), recordingDecider, command);
    // The fact is recorded first: a crash here leaves an unreferenced file, never a dangling reference.
    for (const event of events) if (event.type === 'RecordingDeleted') await this.storage.delete(event.data.storageKey).catch(() => undefined);
  }
}
