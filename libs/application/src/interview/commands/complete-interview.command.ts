import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewFeedback } from '../feedback/feedback-scorer.port';

/**
 * Ends a running interview. With `withFeedback` (S2 `POST /interviews/{id}/complete`) the interview is
 * scored and the feedback is recorded as an evaluation in the same append.
 */
export class CompleteInterviewCommand extends Command<{ feedback: InterviewFeedback | null; evaluationId: string | null }> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
    readonly withFeedback: boolean,
  ) {
    super();
  }
}
