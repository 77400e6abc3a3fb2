import { assertNever, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { RecordWebhookAttempt, WebhookCommand, WebhookDestinationPolicy } from './webhook.commands';
import { classifyIpAddress } from './ip-address-range';
import { WebhookEvent } from './webhook.events';
import { DeliveryRecord, RetryPolicy, WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook.types';

export const WebhookErrors = {
  notFound: () => new DomainError('WEBHOOK.NOT_FOUND', 'Webhook not found', 'not_found'),
  deliveryNotFound: () => new DomainError('WEBHOOK.DELIVERY_NOT_FOUND', 'Delivery not found', 'not_found'),
  forbidden: () => new DomainError('WEBHOOK.FORBIDDEN', 'This webhook belongs to another user', 'forbidden'),
  invalid: (field: string, message: string) => new DomainError('WEBHOOK.INVALID', `${field}: ${message}`, 'invalid', { field }),
};

export interface WebhookState {
  readonly exists: boolean;
  readonly webhookId: string | null;
  readonly deleted: boolean;
  readonly ownerId: string | null;
  readonly url: string | null;
  readonly events: readonly WebhookEventType[];
  /** The signing secret as stored: sealed, or in clear in webhooks created before secrets were sealed. */
  readonly storedSecret: string | null;
  readonly deliveries: Readonly<Record<string, DeliveryRecord>>;
  readonly sourceKeys: readonly string[];
}

export const initialWebhookState = (): WebhookState => ({
  exists: false,
  webhookId: null,
  deleted: false,
  ownerId: null,
  url: null,
  events: [],
  storedSecret: null,
  deliveries: {},
  sourceKeys: [],
});

const MAX_URL = 2000;

export function decideWebhook(command: WebhookCommand, state: WebhookState): WebhookEvent[] {
  const now = command.metadata.now;
  if (command.type === 'CreateWebhook') {
    if (state.exists) throw new DomainError('WEBHOOK.ALREADY_EXISTS', 'Webhook already exists', 'conflict');
    const d = command.data;
    validateUrl(d.url, d.destinations);
    const events = [...new Set(d.events)];
    if (events.length === 0) throw WebhookErrors.invalid('events', `name at least one of ${WEBHOOK_EVENT_TYPES.join(', ')}`);
    const unknown = events.filter((e) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e));
    if (unknown.length) throw WebhookErrors.invalid('events', `unknown ${unknown.join(', ')}; one of ${WEBHOOK_EVENT_TYPES.join(', ')}`);
    if (d.description !== null && d.description.length > 500) throw WebhookErrors.invalid('description', 'at most 500 characters');
    return [
      {
        type: 'WebhookCreated',
        data: { webhookId: d.webhookId, ownerId: d.ownerId, url: d.url, events: events as WebhookEventType[], description: d.description, sealedSecret: d.sealedSecret, createdAt: now },
      },
    ];
  }
  if (!state.exists) throw WebhookErrors.notFound();
  const webhookId = state.webhookId as string;
  switch (command.type) {
    case 'DeleteWebhook':
      if (state.deleted) throw WebhookErrors.notFound();
      return [{ type: 'WebhookDeleted', data: { webhookId, deletedAt: now } }];
    case 'QueueWebhookDelivery': {
      const d = command.data;
      // A deleted or unsubscribed webhook, or a cause already delivered: nothing to send.
      if (state.deleted || !state.events.includes(d.eventType) || state.sourceKeys.includes(d.sourceKey)) return [];
      return [{ type: 'WebhookDeliveryQueued', data: { webhookId, deliveryId: d.deliveryId, eventType: d.eventType, sourceKey: d.sourceKey, payload: d.payload, replayOf: null, queuedAt: now } }];
    }
    case 'ReplayWebhookDelivery': {
      if (state.deleted) throw WebhookErrors.notFound();
      const original = state.deliveries[command.data.replayOf];
      if (!original) throw WebhookErrors.deliveryNotFound();
      const d = command.data;
      return [
        {
          type: 'WebhookDeliveryQueued',
          data: { webhookId, deliveryId: d.deliveryId, eventType: original.eventType, sourceKey: `replay:${d.deliveryId}`, payload: original.payload, replayOf: d.replayOf, queuedAt: now },
        },
      ];
    }
    case 'RecordWebhookAttempt':
      return recordAttempt(command, state, webhookId, now);
    default:
      return assertNever(command);
  }
}

function recordAttempt(command: RecordWebhookAttempt, state: WebhookState, webhookId: string, now: string): WebhookEvent[] {
  const d = command.data;
  const delivery = state.deliveries[d.deliveryId];
  if (!delivery) throw WebhookErrors.deliveryNotFound();
  // A redelivered job records nothing twice; a finished delivery takes no more attempts.
  if (d.attempt <= delivery.attempts || delivery.outcome === 'succeeded' || delivery.outcome === 'failed') return [];
  const ok = d.statusCode !== null && d.statusCode >= 200 && d.statusCode < 300;
  const next = ok || d.refused ? null : nextAttemptAt(d.retry, d.attempt, delivery.queuedAt, now);
  return [
    {
      type: 'WebhookDeliveryAttempted',
      data: {
        webhookId,
        deliveryId: d.deliveryId,
        attempt: d.attempt,
        attemptedAt: now,
        statusCode: d.statusCode,
        responseBody: d.responseBody === null ? null : d.responseBody.slice(0, 1000),
        error: d.error === null ? null : d.error.slice(0, 500),
        durationMs: d.durationMs,
        outcome: ok ? 'succeeded' : next ? 'retrying' : 'failed',
        nextAttemptAt: next,
      },
    },
  ];
}

/** Exponential backoff (base, 2×base, 4×base…, capped), while still inside the retry window from queuing. */
export function retryDelayMs(retry: RetryPolicy, attempt: number): number {
  return Math.min(retry.maxDelayMs, retry.baseMs * 2 ** Math.max(0, attempt - 1));
}

function nextAttemptAt(retry: RetryPolicy, attempt: number, queuedAt: string, now: string): string | null {
  const at = Date.parse(now) + retryDelayMs(retry, attempt);
  return at <= Date.parse(queuedAt) + retry.windowMs ? new Date(at).toISOString() : null;
}

/**
 * The URL is checked as far as it can be without DNS: scheme, no credentials, and an address written in it
 * must be public (unless allowed). A host name is resolved, and its addresses checked, at each delivery.
 */
function validateUrl(url: string, policy: WebhookDestinationPolicy): void {
  const schemes = policy.allowHttp ? 'an http(s)' : 'an https';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw WebhookErrors.invalid('url', `must be ${schemes} URL`);
  }
  const allowed = policy.allowHttp ? ['http:', 'https:'] : ['https:'];
  if (!allowed.includes(parsed.protocol) || url.length > MAX_URL) throw WebhookErrors.invalid('url', `must be ${schemes} URL of at most ${MAX_URL} characters`);
  if (parsed.username || parsed.password) throw WebhookErrors.invalid('url', 'must not carry credentials (user:password@); authenticate deliveries by their signature');
  const range = classifyIpAddress(parsed.hostname);
  if (!policy.allowPrivateAddresses && range !== 'public' && range !== 'invalid') {
    throw WebhookErrors.invalid('url', `${parsed.hostname} is a ${range} address; webhooks are only sent to public addresses`);
  }
}

export function evolveWebhook(state: WebhookState, event: WebhookEvent): WebhookState {
  switch (event.type) {
    case 'WebhookCreated': {
      const d = event.data;
      return { ...state, exists: true, webhookId: d.webhookId, ownerId: d.ownerId, url: d.url, events: [...d.events], storedSecret: d.sealedSecret ?? d.secret ?? null };
    }
    case 'WebhookDeleted':
      return { ...state, deleted: true };
    case 'WebhookDeliveryQueued': {
      const d = event.data;
      return {
        ...state,
        deliveries: { ...state.deliveries, [d.deliveryId]: { eventType: d.eventType, payload: d.payload, queuedAt: d.queuedAt, attempts: 0, outcome: 'pending', nextAttemptAt: null } },
        sourceKeys: [...state.sourceKeys, d.sourceKey],
      };
    }
    case 'WebhookDeliveryAttempted': {
      const d = event.data;
      const before = state.deliveries[d.deliveryId];
      if (!before) return state;
      return { ...state, deliveries: { ...state.deliveries, [d.deliveryId]: { ...before, attempts: d.attempt, outcome: d.outcome, nextAttemptAt: d.nextAttemptAt } } };
    }
    default:
      return assertNever(event);
  }
}

export const webhookDecider: Decider<WebhookState, WebhookCommand, WebhookEvent> = {
  initialState: initialWebhookState,
  decide: decideWebhook,
  evolve: evolveWebhook,
};
