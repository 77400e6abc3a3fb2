import { CommandMetadata } from '../shared/event';
import { RetryPolicy, WebhookEventType } from './webhook.types';

interface Command<TType extends string, TData extends object> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** Where this server may send webhooks (configuration: WEBHOOK_ALLOW_PRIVATE, development). */
export interface WebhookDestinationPolicy {
  /** Plain http (development only); otherwise https. */
  readonly allowHttp: boolean;
  /** Loopback, private, link-local… addresses; otherwise only public ones. */
  readonly allowPrivateAddresses: boolean;
}

export type CreateWebhook = Command<
  'CreateWebhook',
  {
    readonly webhookId: string;
    readonly ownerId: string;
    readonly url: string;
    readonly events: readonly string[];
    readonly description: string | null;
    /** The signing secret sealed with a key kept outside the log (never the secret itself). */
    readonly sealedSecret: string;
    readonly destinations: WebhookDestinationPolicy;
  }
>;

export type DeleteWebhook = Command<'DeleteWebhook', Record<string, never>>;

export type QueueWebhookDelivery = Command<
  'QueueWebhookDelivery',
  {
    readonly deliveryId: string;
    readonly eventType: WebhookEventType;
    readonly sourceKey: string;
    readonly payload: Record<string, unknown>;
  }
>;

/** The owner sends an earlier delivery again (a new delivery with the same payload). */
export type ReplayWebhookDelivery = Command<'ReplayWebhookDelivery', { readonly deliveryId: string; readonly replayOf: string }>;

export type RecordWebhookAttempt = Command<
  'RecordWebhookAttempt',
  {
    readonly deliveryId: string;
    readonly attempt: number;
    readonly statusCode: number | null;
    readonly responseBody: string | null;
    readonly error: string | null;
    readonly durationMs: number;
    readonly retry: RetryPolicy;
    /** Not sent at all: the destination is not allowed (e.g. a private address). Fails at once, never retried. */
    readonly refused: boolean;
  }
>;

export type WebhookCommand = CreateWebhook | DeleteWebhook | QueueWebhookDelivery | ReplayWebhookDelivery | RecordWebhookAttempt;
