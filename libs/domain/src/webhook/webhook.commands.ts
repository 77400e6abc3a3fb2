import { CommandMetadata } from '../shared/event';
import { RetryPolicy, WebhookEventType } from './webhook.types';

interface Command<TType extends string, TData extends object> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

export type CreateWebhook = Command<
  'CreateWebhook',
  { readonly webhookId: string; readonly ownerId: string; readonly url: string; readonly events: readonly string[]; readonly description: string | null; readonly secret: string }
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
  }
>;

export type WebhookCommand = CreateWebhook | DeleteWebhook | QueueWebhookDelivery | ReplayWebhookDelivery | RecordWebhookAttempt;
