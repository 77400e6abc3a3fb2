import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The candidate (the user whose verified email is the interview's `candidate_email`) declines it before it starts. */
export class WithdrawFromInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly candidate: AuthenticatedUser,
    readonly reason: string | null = null,
  ) {
    super();
  }
}
