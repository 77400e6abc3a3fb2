import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';

/** An admin lifts a suspension or deactivation (tokens issued before stay revoked: the user logs in again). */
export class ActivateUserCommand extends Command<void> {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly userId: string,
  ) {
    super();
  }
}
