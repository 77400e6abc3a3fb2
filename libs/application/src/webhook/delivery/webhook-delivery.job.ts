import { RetryPolicy } from '@candor/domain';

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
}

export const WEBHOOK_OPTIONS = Symbol('WEBHOOK_OPTIONS');
