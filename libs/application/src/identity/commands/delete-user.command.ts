import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';

/** Deletes the account and frees its email and username for a new registration. */
export class DeleteUserCommand extends Command<void> {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly userId: string,
  ) {
    super();
  }
}
