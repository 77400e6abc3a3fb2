import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Cancels the caller's subscription: no renewal; the plan holds until the end of the paid period. */
export class CancelSubscriptionCommand extends Command<void> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly reason?: string,
  ) {
    super();
  }
}
