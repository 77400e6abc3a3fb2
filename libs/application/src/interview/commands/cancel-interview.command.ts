import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class CancelInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly reason: string | null = null,
  ) {
    super();
  }
}
