import { eventWith, givenWhenThen } from '@candor/testing';
import { retryDelayMs, webhookDecider } from './webhook.decider';
import { WebhookCommand } from './webhook.commands';
import { WebhookEvent } from './webhook.events';
import { WebhookEventType } from './webhook.types';

const T0 = '2026-01-01T00:00:00.000Z';
const at = (now: string) => ({ now });
const RETRY = { baseMs: 60_000, maxDelayMs: 3_600_000, windowMs: 24 * 3_600_000 };

const PRODUCTION = { allowHttp: false, allowPrivateAddresses: false };
const DEVELOPMENT = { allowHttp: true, allowPrivateAddresses: true };
const create = (url: string, events: string[], destinations = DEVELOPMENT): WebhookCommand => ({
  type: 'CreateWebhook',
  metadata: at(T0),
  data: { webhookId: 'w', ownerId: 'u', url, events, description: null, sealedSecret: 'enc:v1:k:sealed', destinations },
});
const queue = (deliveryId: string, eventType: WebhookEventType, sourceKey: string, payload: Record<string, unknown> = {}): WebhookCommand => ({
  type: 'QueueWebhookDelivery',
  metadata: at(T0),
  data: { deliveryId, eventType, sourceKey, payload },
});
const attempt = (n: number, statusCode: number | null, now: string, refused = false): WebhookCommand => ({
  type: 'RecordWebhookAttempt',
  metadata: at(now),
  data: { deliveryId: 'd1', attempt: n, statusCode, responseBody: null, error: refused ? 'refused: 10.0.0.1 is a private address' : null, durationMs: 5, retry: RETRY, refused },
});
const replay = (replayOf: string): WebhookCommand => ({ type: 'ReplayWebhookDelivery', metadata: at('2026-01-02T00:00:00.000Z'), data: { deliveryId: 'd9', replayOf } });
const remove: WebhookCommand = { type: 'DeleteWebhook', metadata: at(T0), data: {} };

const created: WebhookEvent = {
  type: 'WebhookCreated',
  data: { webhookId: 'w', ownerId: 'u', url: 'https://example.com/hook', events: ['interview.completed', 'score.ready'], description: null, sealedSecret: 'enc:v1:k:sealed', createdAt: T0 },
};
const queued: WebhookEvent = {
  type: 'WebhookDeliveryQueued',
  data: { webhookId: 'w', deliveryId: 'd1', eventType: 'interview.completed', sourceKey: 'e1:interview.completed', payload: { a: 1 }, replayOf: null, queuedAt: T0 },
};
const deleted: WebhookEvent = { type: 'WebhookDeleted', data: { webhookId: 'w', deletedAt: T0 } };
/** An attempt of d1 with this outcome (its other fields as the command gave them). */
const attempted = (n: number, outcome: 'retrying' | 'succeeded' | 'failed', nextAttemptAt: string | null): WebhookEvent =>
  eventWith<WebhookEvent>('WebhookDeliveryAttempted', { deliveryId: 'd1', attempt: n, outcome, nextAttemptAt });
const firstRetry: WebhookEvent = {
  type: 'WebhookDeliveryAttempted',
  data: { webhookId: 'w', deliveryId: 'd1', attempt: 1, attemptedAt: T0, statusCode: 500, responseBody: null, error: null, durationMs: 5, outcome: 'retrying', nextAttemptAt: '2026-01-01T00:01:00.000Z' },
};

const given = givenWhenThen(webhookDecider);

describe('webhook decider', () => {
  it.each<[string, WebhookEvent[], WebhookCommand, WebhookEvent[]]>([
    ['creates a webhook for the events it names', [], create('https://example.com/hook', ['interview.completed', 'score.ready', 'score.ready']), [created]],
    ['queues a delivery for a subscribed event type', [created], queue('d1', 'interview.completed', 'e1:interview.completed', { a: 1 }), [queued]],
    ['queues nothing for a cause already queued', [created, queued], queue('d2', 'interview.completed', 'e1:interview.completed'), []],
    ['queues nothing for an event type it is not subscribed to', [created], queue('d3', 'candidate.created', 'e2:candidate.created'), []],
    ['queues nothing once deleted', [created, deleted], queue('d4', 'score.ready', 'e3:score.ready'), []],
    ['deletes a webhook', [created], remove, [deleted]],
    ['records a failed first attempt as retrying a base delay later', [created, queued], attempt(1, 500, T0), [firstRetry]],
    ['records an attempt once: the same attempt again adds nothing', [created, queued, firstRetry], attempt(1, 500, '2026-01-01T00:00:01.000Z'), []],
    ['doubles the delay after a second failure (no answer)', [created, queued, firstRetry], attempt(2, null, '2026-01-01T00:01:00.000Z'), [attempted(2, 'retrying', '2026-01-01T00:03:00.000Z')]],
    ['fails a delivery at once when its destination was refused (no retry)', [created, queued], attempt(1, null, T0, true), [attempted(1, 'failed', null)]],
    ['creates a webhook to an https URL under the production policy', [], create('https://example.com/hook', ['interview.completed', 'score.ready'], PRODUCTION), [created]],
    ['records a 2xx as succeeded, with no next attempt', [created, queued, firstRetry], attempt(2, 204, '2026-01-01T00:01:00.000Z'), [attempted(2, 'succeeded', null)]],
    ['fails a delivery whose next attempt falls outside the 24 h window', [created, queued, firstRetry], attempt(9, 503, '2026-01-01T23:30:00.000Z'), [attempted(9, 'failed', null)]],
    [
      'replays an earlier delivery as a new one with the same payload',
      [created, queued],
      replay('d1'),
      [{ type: 'WebhookDeliveryQueued', data: { webhookId: 'w', deliveryId: 'd9', eventType: 'interview.completed', sourceKey: 'replay:d9', payload: { a: 1 }, replayOf: 'd1', queuedAt: '2026-01-02T00:00:00.000Z' } }],
    ],
  ])('%s', (_name, history, command, expected) => given(history).when(command).then(expected));

  it.each<[string, WebhookEvent[], WebhookCommand, string, 'invalid' | 'not_found' | 'conflict']>([
    ['refuses a URL that is not http(s)', [], create('ftp://x', ['score.ready']), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses a file: URL', [], create('file:///etc/passwd', ['score.ready']), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses plain http outside development', [], create('http://example.com/hook', ['score.ready'], PRODUCTION), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses credentials in the URL', [], create('https://user:pw@example.com/hook', ['score.ready']), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses a loopback address unless private addresses are allowed', [], create('https://127.0.0.1:6379/', ['score.ready'], PRODUCTION), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses the cloud metadata address (link-local)', [], create('https://169.254.169.254/latest/meta-data/', ['score.ready'], PRODUCTION), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses an IPv6 loopback address', [], create('https://[::1]/', ['score.ready'], PRODUCTION), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses an IPv4-mapped IPv6 address', [], create('https://[::ffff:10.0.0.1]/', ['score.ready'], PRODUCTION), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses a private address written as one number', [], create('https://167772161/', ['score.ready'], PRODUCTION), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses something that is not a URL', [], create('not a url', ['score.ready']), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses a webhook with no event types', [], create('https://x.test', []), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses an unknown event type', [], create('https://x.test', ['interview.exploded']), 'WEBHOOK.INVALID', 'invalid'],
    ['refuses to create the same webhook twice', [created], create('https://x.test', ['score.ready']), 'WEBHOOK.ALREADY_EXISTS', 'conflict'],
    ['refuses to delete a deleted webhook', [created, deleted], remove, 'WEBHOOK.NOT_FOUND', 'not_found'],
    ['refuses to replay a delivery it never queued', [created], replay('nope'), 'WEBHOOK.DELIVERY_NOT_FOUND', 'not_found'],
  ])('%s', (_name, history, command, code, kind) => given(history).when(command).thenThrows(code, kind));

  it.each<[string, number, number]>([
    ['waits the base delay before the 2nd attempt', 1, 60_000],
    ['doubles it before the 3rd', 2, 120_000],
    ['doubles it again before the 4th', 3, 240_000],
    ['caps it at the maximum delay', 7, 3_600_000],
    ['keeps the cap later on', 20, 3_600_000],
  ])('retry delay: %s', (_name, n, delay) => expect(retryDelayMs(RETRY, n)).toBe(delay));
});
