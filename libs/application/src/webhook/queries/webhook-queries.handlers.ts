import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { WebhookErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { WEBHOOK_DELIVERIES_COLLECTION, WebhookDeliveryDocument } from '../projections/webhook-deliveries.projection';
import { WEBHOOKS_COLLECTION, WebhookDocument } from '../projections/webhooks.projection';
import { assertMayUseWebhook, assertWebhookId } from '../webhook-access';
import { GetWebhookQuery } from './get-webhook.query';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query';
import { ListWebhooksQuery } from './list-webhooks.query';

async function visibleWebhook(store: ReadStore, q: { webhookId: string; viewer: GetWebhookQuery['viewer'] }): Promise<WebhookDocument> {
  assertWebhookId(q.webhookId);
  const doc = await store.collection<WebhookDocument>(WEBHOOKS_COLLECTION).findOne({ _id: q.webhookId });
  if (!doc) throw WebhookErrors.notFound();
  assertMayUseWebhook(doc.ownerId, q.viewer);
  return doc;
}

@QueryHandler(GetWebhookQuery)
export class GetWebhookHandler implements IQueryHandler<GetWebhookQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  execute(q: GetWebhookQuery): Promise<WebhookDocument> {
    return visibleWebhook(this.store, q);
  }
}

@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListWebhooksQuery): Promise<{ items: WebhookDocument[]; total: number }> {
    const collection = this.store.collection<WebhookDocument>(WEBHOOKS_COLLECTION);
    const filter = { ownerId: q.viewer.id };
    const [items, total] = await Promise.all([collection.find(filter, { sort: { createdAt: -1 }, skip: q.skip, limit: q.limit }), collection.count(filter)]);
    return { items, total };
  }
}

@QueryHandler(ListWebhookDeliveriesQuery)
export class ListWebhookDeliveriesHandler implements IQueryHandler<ListWebhookDeliveriesQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListWebhookDeliveriesQuery): Promise<{ items: WebhookDeliveryDocument[]; total: number }> {
    const hook = await visibleWebhook(this.store, q);
    const collection = this.store.collection<WebhookDeliveryDocument>(WEBHOOK_DELIVERIES_COLLECTION);
    const filter = { webhookId: hook.id };
    const [items, total] = await Promise.all([
      collection.find(filter, { sort: { queuedAt: -1, queuedPosition: -1 }, skip: q.skip, limit: q.limit }),
      collection.count(filter),
    ]);
    return { items, total };
  }
}
