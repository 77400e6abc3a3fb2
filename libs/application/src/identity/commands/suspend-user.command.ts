import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';

/** An admin suspends an account, with a reason; its tokens stop working at once. */
export class SuspendUserCommand extends Command<void> {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly userId: string,
    readonly reason: string,
  ) {
    super();
  }
}
