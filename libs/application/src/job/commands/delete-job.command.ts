import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class DeleteJobCommand extends Command<void> {
  constructor(
    readonly jobId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
