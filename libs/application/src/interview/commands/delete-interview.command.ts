import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The owner (or a superuser) deletes an interview: 404 everywhere from then on, the events kept for the audit. */
export class DeleteInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
