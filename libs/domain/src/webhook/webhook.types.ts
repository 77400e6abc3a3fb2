/** What a webhook subscription may receive (S3 "Webhooks": interview, score, report and candidate events). */
export const WEBHOOK_EVENT_TYPES = [
  'interview.scheduled',
  'interview.started',
  'interview.completed',
  'score.ready',
  'report.generated',
  'candidate.created',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type DeliveryOutcome = 'succeeded' | 'retrying' | 'failed';

/** One queued delivery as the aggregate remembers it (enough to send it again and to number its attempts). */
export interface DeliveryRecord {
  readonly eventType: WebhookEventType;
  readonly payload: Record<string, unknown>;
  readonly queuedAt: string;
  readonly attempts: number;
  readonly outcome: DeliveryOutcome | 'pending';
  readonly nextAttemptAt: string | null;
}

/** Attempts back off exponentially from `baseMs`, at most `maxDelayMs` apart, for `windowMs` after queuing. */
export interface RetryPolicy {
  readonly baseMs: number;
  readonly maxDelayMs: number;
  readonly windowMs: number;
}
