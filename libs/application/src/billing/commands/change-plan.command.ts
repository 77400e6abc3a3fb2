import { Command } from '@nestjs/cqrs';
import { BillingCycle } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Moves the caller's active subscription to another plan or cycle; issues a prorated invoice. */
export class ChangePlanCommand extends Command<void> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly planId: string,
    readonly cycle?: BillingCycle,
  ) {
    super();
  }
}
