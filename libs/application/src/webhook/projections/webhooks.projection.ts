import { WEBHOOK_STREAM_PREFIX, WebhookEvent, WebhookEventType } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { idsFromEntityStreams } from '../../projections/ids-from-entity-streams';

/** A subscription as its owner lists it; the secret is never in a read model. A deleted one has no document. */
export interface WebhookDocument extends ProjectedDocument {
  id: string;
  ownerId: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  createdAt: string;
  /** Log position of its creation: only later events are delivered to it (a replay of the log sends no old news). */
  createdPosition: string;
  deliveryCount: number;
  lastDeliveryAt: string | null;
}

export const WEBHOOKS_COLLECTION = 'webhooks';

export const webhooksProjection: Projection<WebhookDocument> = {
  name: 'webhooks',
  collection: WEBHOOKS_COLLECTION,
  eventTypes: ['WebhookCreated', 'WebhookDeleted', 'WebhookDeliveryQueued'],
  indexes: [{ keys: { ownerId: 1, createdAt: -1 } }],
  documentIds: idsFromEntityStreams(WEBHOOK_STREAM_PREFIX, 'webhookId'),
  evolve: (doc, recorded) => {
    const event = recorded as unknown as WebhookEvent;
    switch (event.type) {
      case 'WebhookCreated': {
        const d = event.data;
        return { _id: d.webhookId, id: d.webhookId, ownerId: d.ownerId, url: d.url, events: [...d.events], description: d.description, createdAt: d.createdAt, createdPosition: recorded.position, deliveryCount: 0, lastDeliveryAt: null };
      }
      case 'WebhookDeleted':
        return null;
      case 'WebhookDeliveryQueued':
        return doc ? { ...doc, deliveryCount: doc.deliveryCount + 1, lastDeliveryAt: event.data.queuedAt } : null;
      default:
        return doc;
    }
  },
};
