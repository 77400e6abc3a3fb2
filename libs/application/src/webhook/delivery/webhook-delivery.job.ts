import { RetryPolicy, WebhookDestinationPolicy } from '@candor/domain';

/** One attempt of one delivery; attempt n+1 is queued with a delay when attempt n did not get a 2xx. */
export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';

export interface WebhookDeliveryJob {
  readonly webhookId: string;
  readonly deliveryId: string;
  readonly attempt: number;
}

export const webhookAttemptJobId = (deliveryId: string, attempt: number) => `webhook-${deliveryId}-${attempt}`;

export interface WebhookOptions {
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly workers: number;
  /** Base of the links payloads carry (report and score URLs). */
  readonly publicUrl: string;
  /** Which URLs a webhook may be registered with and sent to (WEBHOOK_ALLOW_PRIVATE, development). */
  readonly destinations: WebhookDestinationPolicy;
}

export const WEBHOOK_OPTIONS = Symbol('WEBHOOK_OPTIONS');
