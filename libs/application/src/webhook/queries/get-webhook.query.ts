import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { WebhookDocument } from '../projections/webhooks.projection';

export class GetWebhookQuery extends Query<WebhookDocument> {
  constructor(
    readonly webhookId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
