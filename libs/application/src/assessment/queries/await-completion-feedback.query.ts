import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewFeedback } from '../feedback/interview-feedback';

/**
 * S2's feedback on a completed interview: the AI score once the assessment projection shows it, waiting for
 * it at most `INTERVIEW_SCORING_OPTIONS.waitMs`. Not there in time (or its scoring failed and is being
 * retried): provisional fact-based feedback marked `pending`; the score follows on the assessment stream.
 */
export class AwaitCompletionFeedbackQuery extends Query<InterviewFeedback> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
