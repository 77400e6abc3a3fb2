import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { ScoreVersion } from '../queries/get-score-versions.query';
import { ScoreDiff } from '../queries/score-diff';

export interface RescoreResult {
  /** The version the new score has (or would have, on a dry run). */
  readonly version: ScoreVersion;
  readonly dryRun: boolean;
  /** Against the latest version before it; null when there was none. */
  readonly diff: ScoreDiff | null;
}

/** Scores a completed interview again from its events (admin or owner; an auditor only with dryRun). */
export class RescoreInterviewCommand extends Command<RescoreResult> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly dryRun: boolean,
  ) {
    super();
  }
}
