import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InterviewScoringService } from './interview-scoring.service';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { loadAssessedInterview } from '../../assessment/assessment-access';
import { readScoreVersions } from '../../assessment/queries/get-score-versions.handler';
import { scoreDiff } from '../../assessment/queries/score-diff';
import { RescoreInterviewCommand, RescoreResult } from '../../assessment/commands/rescore-interview.command';

/** Lives with the scoring service it drives; the command and the score versions belong to the assessment context. */
@CommandHandler(RescoreInterviewCommand)
export class RescoreInterviewHandler implements ICommandHandler<RescoreInterviewCommand> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly scoring: InterviewScoringService,
  ) {}

  async execute(c: RescoreInterviewCommand): Promise<RescoreResult> {
    await loadAssessedInterview(this.store, c.interviewId, c.actor, c.dryRun ? 'dry_run' : 'rescore');
    const before = await readScoreVersions(this.events, c.interviewId);
    const scored = await this.scoring.rescore(c.interviewId, c.actor.id, c.dryRun);
    const latest = before[before.length - 1];
    return {
      dryRun: c.dryRun,
      version: {
        version: before.length + 1,
        scoreId: scored.scoreId,
        trigger: 'rescore',
        requestedBy: c.actor.id,
        recordedAt: scored.recordedAt ?? new Date().toISOString(),
        basisVersion: scored.basisVersion,
        card: scored.card,
      },
      diff: latest ? scoreDiff(latest.card, scored.card) : null,
    };
  }
}
