import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { WebhookDeliveryDocument } from '../projections/webhook-deliveries.projection';

/** A webhook's delivery log, newest first, each delivery with its attempts and the answers they got. */
export class ListWebhookDeliveriesQuery extends Query<{ items: WebhookDeliveryDocument[]; total: number }> {
  constructor(
    readonly webhookId: string,
    readonly viewer: AuthenticatedUser,
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
