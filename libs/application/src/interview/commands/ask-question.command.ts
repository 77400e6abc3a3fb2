import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** A question put to the candidate (by the AI interviewer or a person); it sets the interview's phase. */
export class AskQuestionCommand extends Command<{ questionId: string }> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
    readonly text: string,
    readonly category: string | null = null,
    readonly difficulty: string | null = null,
  ) {
    super();
  }
}
