import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Sends an earlier delivery again, by hand: a new delivery (and attempts) with the same payload. */
export class ReplayWebhookDeliveryCommand extends Command<{ deliveryId: string }> {
  constructor(
    readonly webhookId: string,
    readonly deliveryId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
