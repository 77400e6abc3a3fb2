import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { batchDecider, batchStreamId, InterviewTemplateErrors, interviewTemplateDecider } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { assertOwner, streamOf } from '../../template/template-access';
import { BatchWorker } from '../batch-worker';
import { invitationItems } from '../invitation-csv';
import { StartBatchInvitationsCommand } from './start-batch-invitations.command';

@CommandHandler(StartBatchInvitationsCommand)
export class StartBatchInvitationsHandler implements ICommandHandler<StartBatchInvitationsCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    private readonly worker: BatchWorker,
  ) {}

  async execute(c: StartBatchInvitationsCommand): Promise<{ jobId: string; total: number }> {
    // The template is checked before anything is recorded: someone else's (403), unknown (404), inactive (409).
    const { state } = await this.store.load(streamOf(c.templateId), interviewTemplateDecider);
    assertOwner(state, c.actor);
    if (!state.fields?.isActive) throw InterviewTemplateErrors.inactive();
    const items = invitationItems(c.csv);
    const jobId = randomUUID();
    await this.store.execute(
      batchStreamId(jobId),
      batchDecider,
      { type: 'CreateBatchJob', metadata: this.store.commandMetadata(), data: { jobId, ownerId: c.actor.id, kind: 'invitations', target: c.templateId, items } },
      { retries: 0 },
    );
    await this.worker.start({ jobId, actor: c.actor });
    return { jobId, total: items.length };
  }
}
