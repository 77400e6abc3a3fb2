import { Command } from '@nestjs/cqrs';
import { BillingCycle } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Subscribes the caller to a plan; issues the first invoice. */
export class SubscribeCommand extends Command<void> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly planId: string,
    readonly cycle: BillingCycle,
  ) {
    super();
  }
}
