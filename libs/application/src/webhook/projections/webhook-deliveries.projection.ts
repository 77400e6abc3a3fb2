import { DeliveryOutcome, WEBHOOK_STREAM_PREFIX, WebhookEvent, WebhookEventType } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { idsFromEntityStreams } from '../../projections/ids-from-entity-streams';

export interface WebhookAttempt {
  attempt: number;
  attemptedAt: string;
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
  outcome: DeliveryOutcome;
  nextAttemptAt: string | null;
}

/** The delivery log: one document per delivery with every attempt and the answer it got. */
export interface WebhookDeliveryDocument extends ProjectedDocument {
  id: string;
  webhookId: string;
  eventType: WebhookEventType;
  payload: Record<string, unknown>;
  replayOf: string | null;
  status: DeliveryOutcome | 'pending';
  attempts: WebhookAttempt[];
  queuedAt: string;
  queuedPosition: string;
  updatedAt: string;
}

export const WEBHOOK_DELIVERIES_COLLECTION = 'webhook_deliveries';

export const webhookDeliveriesProjection: Projection<WebhookDeliveryDocument> = {
  name: 'webhook-deliveries',
  collection: WEBHOOK_DELIVERIES_COLLECTION,
  eventTypes: ['WebhookDeliveryQueued', 'WebhookDeliveryAttempted'],
  indexes: [{ keys: { webhookId: 1, queuedAt: -1, queuedPosition: -1 } }],
  documentIds: idsFromEntityStreams(WEBHOOK_STREAM_PREFIX, 'deliveryId'),
  evolve: (doc, recorded) => {
    const event = recorded as unknown as WebhookEvent;
    switch (event.type) {
      case 'WebhookDeliveryQueued': {
        const d = event.data;
        return {
          _id: d.deliveryId,
          id: d.deliveryId,
          webhookId: d.webhookId,
          eventType: d.eventType,
          payload: d.payload,
          replayOf: d.replayOf,
          status: 'pending',
          attempts: [],
          queuedAt: d.queuedAt,
          queuedPosition: recorded.position,
          updatedAt: d.queuedAt,
        };
      }
      case 'WebhookDeliveryAttempted': {
        if (!doc) return null;
        const { webhookId: _w, deliveryId: _d, ...attempt } = event.data;
        return { ...doc, status: attempt.outcome, attempts: [...doc.attempts, attempt], updatedAt: attempt.attemptedAt };
      }
      default:
        return doc;
    }
  },
};
