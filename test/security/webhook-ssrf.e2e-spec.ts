import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { eventually, Receiver } from '../support/webhook-receiver';

/**
 * No server-side request forgery through webhooks (WEBHOOK_ALLOW_PRIVATE=false, as outside development): a URL
 * naming a non-public address, another scheme or credentials is refused at registration in each surface's
 * error body, changing nothing; a host name resolving to a non-public address is refused at delivery, recorded
 * as a failed attempt with the reason, and nothing reaches it.
 */
describe('webhook destinations (SSRF)', () => {
  let t: TestApp;
  let owner: Actor;
  let receiver: Receiver;
  let events: EventStore;

  beforeAll(async () => {
    receiver = new Receiver();
    await receiver.start();
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'false', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_TIMEOUT_MS: '2000' });
    events = t.app.get(EVENT_STORE);
    owner = await signUp(t.url, 'ssrf-owner@example.com');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const webhookCreations = async () => (await events.readAll({ maxCount: 100_000 })).filter((e) => e.type === 'WebhookCreated').length;
  /** Keys of webhook secrets in the key store ($DATA_DIR/keys.sqlite). */
  const webhookKeys = () => {
    const db = new Database(join(t.dataDir, 'keys.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT COUNT(*) AS n FROM person_keys WHERE person_id LIKE 'webhook-%'").get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it.each([
    ['a loopback address (Redis on the host)', 'http://127.0.0.1:6379/', /127\.0\.0\.1 is a loopback address/],
    ['the cloud metadata service (link-local)', 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['the IPv6 loopback', 'http://[::1]:8000/', /\[::1\] is a loopback address/],
    ['a private network address', 'http://10.0.0.8/hooks', /10\.0\.0\.8 is a private address/],
    ['a private address written as one number', 'http://167772161/', /url must be a URL address/],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/', /is a ipv4-mapped address/],
    ['a unique-local IPv6 address', 'https://[fd00::1]/', /is a unique-local address/],
    ['a file: URL', 'file:///etc/passwd', /url must be a URL address/],
    ['a gopher: URL', 'gopher://127.0.0.1:6379/_INFO', /url must be a URL address/],
    ['credentials in the URL', 'https://user:secret@example.com/hooks', /must not carry credentials/],
  ])('refuses %s at registration, in S3 (400) and S1 (400/422), creating nothing (no event, no key)', async (_name, url, reason) => {
    const [before, keysBefore] = [await webhookCreations(), webhookKeys()];
    const s3 = await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url, events: ['candidate.created'] }).expect(400);
    expect(s3.body).toMatchObject({ error: expect.any(String), code: expect.stringMatching(/^(WEBHOOK\.INVALID|VALIDATION_ERROR)$/) });
    expect(JSON.stringify(s3.body.details)).toMatch(reason);
    // S1: a body the DTO refuses is 422 (FastAPI style), a URL the webhook rules refuse 400; both in S1's body.
    const s1 = await request(t.url).post('/api/v1/webhooks').set(owner.auth).send({ url, events: ['candidate.created'] });
    expect([400, 422]).toContain(s1.status);
    expect(s1.body).toEqual({ detail: expect.anything(), status_code: s1.status });
    expect(JSON.stringify(s1.body.detail)).toMatch(reason);
    expect(await webhookCreations()).toBe(before);
    expect(webhookKeys()).toBe(keysBefore);
    expect((await request(t.url).get('/api/v1/webhooks').set(owner.auth).expect(200)).body).toEqual([]);
  });

  it('refuses at delivery a host name that resolves to a loopback address: a failed attempt with the reason, nothing sent, no retry', async () => {
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    const hook = (await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url, events: ['candidate.created'] }).expect(201)).body;
    await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(owner.auth)
      .attach('cv_file', Buffer.from('Ada Lovelace\n'), { filename: 'ada.txt', contentType: 'text/plain' })
      .expect(201);
    const log = await eventually(
      async () => (await request(t.url).get(`/api/webhooks/${hook._id}/deliveries/`).set(owner.auth).expect(200)).body,
      (b) => b.results[0]?.status === 'failed',
    );
    expect(log.results[0]).toMatchObject({ status: 'failed', event: 'candidate.created' });
    expect(log.results[0].attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        status_code: null,
        outcome: 'failed',
        next_attempt_at: null,
        error: expect.stringMatching(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/),
      }),
    ]);
    // The attempt is an event of the webhook's stream; nothing reached the receiver, and nothing is retried.
    await new Promise((r) => setTimeout(r, 500));
    const stream = await events.readStream(`webhook-${hook._id}`);
    expect(stream.map((e) => e.type)).toEqual(['WebhookCreated', 'WebhookDeliveryQueued', 'WebhookDeliveryAttempted']);
    expect(receiver.received).toHaveLength(0);
  });
});
