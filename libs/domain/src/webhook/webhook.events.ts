import { DomainEvent } from '../shared/event';
import { DeliveryOutcome, WebhookEventType } from './webhook.types';

export type WebhookCreated = DomainEvent<
  'WebhookCreated',
  {
    readonly webhookId: string;
    readonly ownerId: string;
    readonly url: string;
    readonly events: readonly WebhookEventType[];
    readonly description: string | null;
    /**
     * The HMAC key deliveries are signed with (shown to the owner once, at creation), sealed with the
     * webhook's own key kept outside the log (`enc:v1:<key id>:…`): the log and its exports never hold it.
     */
    readonly sealedSecret?: string;
    /** Webhooks created before secrets were sealed hold it here, in clear; never written any more. */
    readonly secret?: string;
    readonly createdAt: string;
  }
>;

export type WebhookDeleted = DomainEvent<'WebhookDeleted', { readonly webhookId: string; readonly deletedAt: string }>;

export type WebhookDeliveryQueued = DomainEvent<
  'WebhookDeliveryQueued',
  {
    readonly webhookId: string;
    readonly deliveryId: string;
    readonly eventType: WebhookEventType;
    /** What caused it (`<log event id>:<type>`): one delivery per cause, however often the log is replayed. */
    readonly sourceKey: string;
    readonly payload: Record<string, unknown>;
    /** Set when the owner replayed an earlier delivery by hand. */
    readonly replayOf: string | null;
    readonly queuedAt: string;
  }
>;

export type WebhookDeliveryAttempted = DomainEvent<
  'WebhookDeliveryAttempted',
  {
    readonly webhookId: string;
    readonly deliveryId: string;
    readonly attempt: number;
    readonly attemptedAt: string;
    readonly statusCode: number | null;
    readonly responseBody: string | null;
    readonly error: string | null;
    readonly durationMs: number;
    readonly outcome: DeliveryOutcome;
    readonly nextAttemptAt: string | null;
  }
>;

export type WebhookEvent = WebhookCreated | WebhookDeleted | WebhookDeliveryQueued | WebhookDeliveryAttempted;

export const WEBHOOK_DOMAIN_EVENT_TYPES: readonly WebhookEvent['type'][] = ['WebhookCreated', 'WebhookDeleted', 'WebhookDeliveryQueued', 'WebhookDeliveryAttempted'];

export const WEBHOOK_STREAM_PREFIX = 'webhook-';

export function webhookStreamId(webhookId: string): string {
  return `${WEBHOOK_STREAM_PREFIX}${webhookId}`;
}
