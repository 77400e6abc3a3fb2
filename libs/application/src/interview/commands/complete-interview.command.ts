import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/**
 * Ends a running interview: the lifecycle move only. Its assessment follows from the `InterviewCompleted`
 * it records (the assessment reactor queues the scoring); S2's complete then reads the score with a
 * bounded wait (`AwaitCompletionFeedbackQuery`).
 */
export class CompleteInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
  ) {
    super();
  }
}
