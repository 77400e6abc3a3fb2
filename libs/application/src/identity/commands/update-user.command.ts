import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';
import { UserChanges } from './user-changes';

/** A profile or account change; role, superuser and is_active changes need an admin (403 otherwise). */
export class UpdateUserCommand extends Command<void> {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly userId: string,
    readonly changes: UserChanges,
  ) {
    super();
  }
}
