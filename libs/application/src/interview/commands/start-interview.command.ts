import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Starts the interview (a no-op when it is already running, so a client may call it again to rejoin). */
export class StartInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
  ) {
    super();
  }
}
