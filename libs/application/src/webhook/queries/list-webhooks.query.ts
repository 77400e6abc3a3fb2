import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { WebhookDocument } from '../projections/webhooks.projection';

/** The viewer's own webhooks, newest first. */
export class ListWebhooksQuery extends Query<{ items: WebhookDocument[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
