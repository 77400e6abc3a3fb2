import { Query } from '@nestjs/cqrs';
import { InterviewScoreCard } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { ScoreDiff } from './score-diff';

export interface ScoreVersion {
  /** 1 for the first score, then one more for each re-score. */
  readonly version: number;
  readonly scoreId: string;
  readonly trigger: 'automatic' | 'rescore';
  readonly requestedBy: string | null;
  readonly recordedAt: string;
  readonly basisVersion: number;
  readonly card: InterviewScoreCard;
}

export interface ScoreVersions {
  readonly interviewId: string;
  readonly status: 'pending' | 'scored' | 'scoring_failed';
  /** With `scoring_failed`: the last attempt's reason, how many failed, and when the next one runs. */
  readonly failure: { readonly reason: string; readonly attempts: number; readonly failedAt: string | null; readonly retryAt: string | null } | null;
  readonly versions: readonly ScoreVersion[];
  /** Between versions `from` and `to` (by default the last two); null with fewer than two versions. */
  readonly diff: { readonly from: number; readonly to: number; readonly changes: ScoreDiff } | null;
}

export class GetScoreVersionsQuery extends Query<ScoreVersions> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
    readonly from: number | null = null,
    readonly to: number | null = null,
  ) {
    super();
  }
}
