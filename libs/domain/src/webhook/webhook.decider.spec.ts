import { decideWebhook, evolveWebhook, initialWebhookState, retryDelayMs, WebhookState } from './webhook.decider';
import { WebhookCommand } from './webhook.commands';
import { WebhookEvent } from './webhook.events';

const at = (iso: string) => ({ now: iso });
const RETRY = { baseMs: 60_000, maxDelayMs: 3_600_000, windowMs: 24 * 3_600_000 };
const given = (events: WebhookEvent[]): WebhookState => events.reduce(evolveWebhook, initialWebhookState());
const when = (state: WebhookState, command: WebhookCommand) => decideWebhook(command, state);

const created = when(initialWebhookState(), {
  type: 'CreateWebhook',
  metadata: at('2026-01-01T00:00:00.000Z'),
  data: { webhookId: 'w', ownerId: 'u', url: 'https://example.com/hook', events: ['interview.completed', 'score.ready'], description: null, secret: 'whsec_x' },
});
const queued = when(given(created), {
  type: 'QueueWebhookDelivery',
  metadata: at('2026-01-01T00:00:00.000Z'),
  data: { deliveryId: 'd1', eventType: 'interview.completed', sourceKey: 'e1:interview.completed', payload: { a: 1 } },
});
const attempt = (state: WebhookState, n: number, statusCode: number | null, now: string) =>
  when(state, { type: 'RecordWebhookAttempt', metadata: at(now), data: { deliveryId: 'd1', attempt: n, statusCode, responseBody: null, error: null, durationMs: 5, retry: RETRY } });

describe('webhook decider', () => {
  it('given valid fields, when created, then WebhookCreated; bad urls and event types are refused', () => {
    expect(created).toEqual([expect.objectContaining({ type: 'WebhookCreated', data: expect.objectContaining({ events: ['interview.completed', 'score.ready'] }) })]);
    const create = (url: string, events: string[]) => () =>
      when(initialWebhookState(), { type: 'CreateWebhook', metadata: at('2026-01-01T00:00:00.000Z'), data: { webhookId: 'w', ownerId: 'u', url, events, description: null, secret: 's' } });
    expect(create('ftp://x', ['score.ready'])).toThrow(expect.objectContaining({ code: 'WEBHOOK.INVALID' }));
    expect(create('not a url', ['score.ready'])).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(create('https://x.test', [])).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(create('https://x.test', ['interview.exploded'])).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });

  it('queues one delivery per cause and only for subscribed types, none once deleted', () => {
    expect(queued).toHaveLength(1);
    const state = given([...created, ...queued]);
    expect(when(state, { type: 'QueueWebhookDelivery', metadata: at('2026-01-01T00:00:01.000Z'), data: { deliveryId: 'd2', eventType: 'interview.completed', sourceKey: 'e1:interview.completed', payload: {} } })).toEqual([]);
    expect(when(state, { type: 'QueueWebhookDelivery', metadata: at('2026-01-01T00:00:01.000Z'), data: { deliveryId: 'd3', eventType: 'candidate.created', sourceKey: 'e2:candidate.created', payload: {} } })).toEqual([]);
    const deleted = given([...created, ...queued, { type: 'WebhookDeleted', data: { webhookId: 'w', deletedAt: '2026-01-01T00:00:02.000Z' } }]);
    expect(when(deleted, { type: 'QueueWebhookDelivery', metadata: at('2026-01-01T00:00:03.000Z'), data: { deliveryId: 'd4', eventType: 'score.ready', sourceKey: 'e3:score.ready', payload: {} } })).toEqual([]);
    expect(() => when(deleted, { type: 'DeleteWebhook', metadata: at('2026-01-01T00:00:03.000Z'), data: {} })).toThrow(expect.objectContaining({ kind: 'not_found' }));
  });

  it('records attempts: a failure retries with exponential backoff inside 24 h, then fails; a 2xx succeeds; a repeated attempt is a no-op', () => {
    const s0 = given([...created, ...queued]);
    const first = attempt(s0, 1, 500, '2026-01-01T00:00:00.000Z');
    expect(first[0].data).toMatchObject({ outcome: 'retrying', nextAttemptAt: '2026-01-01T00:01:00.000Z' });
    const s1 = given([...created, ...queued, ...first]);
    expect(attempt(s1, 1, 500, '2026-01-01T00:00:01.000Z')).toEqual([]);
    expect(attempt(s1, 2, null, '2026-01-01T00:01:00.000Z')[0].data).toMatchObject({ outcome: 'retrying', nextAttemptAt: '2026-01-01T00:03:00.000Z' });
    expect(attempt(s1, 2, 204, '2026-01-01T00:01:00.000Z')[0].data).toMatchObject({ outcome: 'succeeded', nextAttemptAt: null });
    expect(attempt(s1, 9, 503, '2026-01-01T23:30:00.000Z')[0].data).toMatchObject({ outcome: 'failed', nextAttemptAt: null });
    expect([1, 2, 3, 7, 8, 20].map((n) => retryDelayMs(RETRY, n))).toEqual([60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000]);
  });

  it('replays an earlier delivery as a new one with the same payload', () => {
    const replay = when(given([...created, ...queued]), { type: 'ReplayWebhookDelivery', metadata: at('2026-01-02T00:00:00.000Z'), data: { deliveryId: 'd9', replayOf: 'd1' } });
    expect(replay[0].data).toMatchObject({ deliveryId: 'd9', replayOf: 'd1', payload: { a: 1 }, eventType: 'interview.completed' });
    expect(() => when(given([...created]), { type: 'ReplayWebhookDelivery', metadata: at('2026-01-02T00:00:00.000Z'), data: { deliveryId: 'd9', replayOf: 'nope' } })).toThrow(
      expect.objectContaining({ code: 'WEBHOOK.DELIVERY_NOT_FOUND' }),
    );
  });
});
