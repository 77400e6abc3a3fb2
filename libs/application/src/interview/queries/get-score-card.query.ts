import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewDocument } from '../projections/interviews.projection';
import { ScoreCardDocument } from '../projections/score-card.projection';
import { TranscriptEntry } from '../projections/transcript.projection';

export interface InterviewScoreView {
  readonly interview: InterviewDocument;
  readonly score: ScoreCardDocument;
  /** Only with `withTranscript` (the PDF report prints it). */
  readonly transcript: readonly TranscriptEntry[];
}

/**
 * The AI score card of a completed interview. Hiring verdicts are for the owner and superusers only
 * (the candidate may see the interview, not the recommendation about them): others 403.
 * 409 while the interview is not completed, 404 until the scoring job has recorded the score.
 */
export class GetScoreCardQuery extends Query<InterviewScoreView> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
    readonly withTranscript = false,
  ) {
    super();
  }
}
