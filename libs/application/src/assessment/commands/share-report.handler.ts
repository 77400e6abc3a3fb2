import { randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assessmentDecider, assessmentStreamId, RevokeReportShare, ShareReport } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { loadScoreCard } from '../../interview/queries/load-score-card';
import { loadAssessedInterview } from '../assessment-access';
import { ShareReportCommand } from './share-report.command';

@CommandHandler(ShareReportCommand)
export class ShareReportHandler implements ICommandHandler<ShareReportCommand> {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
  ) {}

  async execute(c: ShareReportCommand): Promise<{ shareToken: string | null }> {
    const interview = await loadAssessedInterview(this.readStore, c.interviewId, c.actor, 'rescore');
    // a link to a report that does not exist yet would answer 404 "revoked" to whoever follows it
    if (c.action === 'share') await loadScoreCard(this.readStore, interview);
    const streamId = assessmentStreamId(c.interviewId);
    const command =
      c.action === 'share'
        ? ({ type: 'ShareReport', data: { interviewId: c.interviewId, token: randomBytes(32).toString('base64url'), sharedBy: c.actor.id }, metadata: this.store.commandMetadata() } satisfies ShareReport)
        : ({ type: 'RevokeReportShare', data: { interviewId: c.interviewId, revokedBy: c.actor.id }, metadata: this.store.commandMetadata() } satisfies RevokeReportShare);
    await this.store.execute(streamId, assessmentDecider, command);
    const { state } = await this.store.load(streamId, assessmentDecider);
    return { shareToken: state.shareToken };
  }
}
