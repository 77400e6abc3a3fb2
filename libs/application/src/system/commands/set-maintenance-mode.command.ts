import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** An admin turns maintenance mode on (with a message for refused callers) or off. */
export class SetMaintenanceModeCommand extends Command<void> {
  constructor(
    readonly admin: AuthenticatedUser,
    readonly enabled: boolean,
    readonly message?: string,
  ) {
    super();
  }
}
