import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideGroupLabels, evolveGroupLabels, fold, groupLabelsStreamId, interviewDecider, InterviewErrors, InterviewEvent, interviewStreamId, RecordGroupLabels } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { assertInterviewId, assertMayAct } from '../../interview/interview-access';
import { RecordGroupLabelsCommand } from './record-group-labels.command';

const labelsDecider = {
  initialState: (): Readonly<Record<string, string>> | null => null,
  decide: (command: RecordGroupLabels, state: Readonly<Record<string, string>> | null) => decideGroupLabels(command, state),
  evolve: evolveGroupLabels,
};

@CommandHandler(RecordGroupLabelsCommand)
export class RecordGroupLabelsHandler implements ICommandHandler<RecordGroupLabelsCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async execute(c: RecordGroupLabelsCommand): Promise<{ labels: Readonly<Record<string, string>> | null }> {
    assertInterviewId(c.interviewId);
    const interview = fold(interviewDecider, (await this.events.readStream(interviewStreamId(c.interviewId))) as unknown as InterviewEvent[]);
    if (!interview.exists) throw InterviewErrors.notFound();
    assertMayAct({ ownerId: interview.ownerId, candidateEmail: interview.details.candidateEmail }, c.actor, 'manage');
    const result = await this.store.execute(
      groupLabelsStreamId(c.interviewId),
      labelsDecider,
      { type: 'RecordGroupLabels', data: { interviewId: c.interviewId, labels: c.labels, actorId: c.actor.id }, metadata: this.store.commandMetadata() },
      { retries: 3 },
    );
    return { labels: result.state };
  }
}
