import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { refusedUrl } from '@candor/testing/refused-url';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, logIn, signUp } from '../support/interview-actors';
import { eventually, Receiver, verify } from '../support/webhook-receiver';

/** Signed webhooks (S3 "Webhooks", S1 `/api/v1/webhooks`): subscriptions, signed deliveries, retries, the log, replay. */
describe('Signed webhooks', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let receiver: Receiver;
  let events: EventStore;

  beforeAll(async () => {
    receiver = new Receiver();
    await receiver.start();
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_ALLOW_PRIVATE: 'true' });
    events = t.app.get(EVENT_STORE);
    [owner, other] = await Promise.all([signUp(t.url, 'hooks-owner@example.com'), signUp(t.url, 'hooks-other@example.com')]);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('delivers a signed event, retries with backoff after the receiver fails, and shows every attempt in the log; replays by hand', async () => {
    const created = await request(t.url)
      .post('/api/webhooks/')
      .set(owner.auth)
      .send({ url: receiver.url, events: ['candidate.created', 'interview.scheduled', 'interview.started'], description: 'ATS sync' })
      .expect(201);
    expect(created.body).toMatchObject({ _id: created.body.id, url: receiver.url, events: ['candidate.created', 'interview.scheduled', 'interview.started'], is_active: true, description: 'ATS sync' });
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^whsec_/);
    const hookId: string = created.body._id;
    // The secret is shown once.
    const shown = await request(t.url).get(`/api/webhooks/${hookId}/`).set(owner.auth).expect(200);
    expect(shown.body.secret).toBeUndefined();

    receiver.failNext(500);
    const cv = await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(owner.auth)
      .attach('cv_file', Buffer.from('Ada Lovelace\nada@example.com\nSkills\nPython, Django\n'), { filename: 'ada.txt', contentType: 'text/plain' })
      .expect(201);
    const [first, second] = await receiver.waitFor(2);
    for (const r of [first, second]) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-candor-event']).toBe('candidate.created');
      expect(verify(secret, String(r.headers['x-candor-signature']), r.body)).toBe(true);
      expect(verify('whsec_wrong', String(r.headers['x-candor-signature']), r.body)).toBe(false);
    }
    const body = JSON.parse(second.body);
    expect(body).toMatchObject({ type: 'candidate.created', attempt: 2, data: { candidate_id: cv.body._id, full_name: 'Ada Lovelace', technical_skills: ['Python', 'Django'] } });
    expect(JSON.parse(first.body).attempt).toBe(1);
    expect(second.headers['x-candor-delivery']).toBe(first.headers['x-candor-delivery']);

    const log = await eventually(
      async () => (await request(t.url).get(`/api/webhooks/${hookId}/deliveries/`).set(owner.auth).expect(200)).body,
      (b) => b.results[0]?.status === 'succeeded',
    );
    expect(log.count).toBe(1);
    const delivery = log.results[0];
    expect(delivery).toMatchObject({ _id: first.headers['x-candor-delivery'], event: 'candidate.created', status: 'succeeded', replay_of: null });
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ attempt: 1, status_code: 500, response_body: 'receiver unavailable', outcome: 'retrying', next_attempt_at: expect.any(String), error: null }),
      expect.objectContaining({ attempt: 2, status_code: 200, response_body: 'ok', outcome: 'succeeded', next_attempt_at: null }),
    ]);
    // Each attempt is an event of the webhook's stream.
    const stream = await events.readStream(`webhook-${hookId}`);
    expect(stream.map((e) => e.type)).toEqual(['WebhookCreated', 'WebhookDeliveryQueued', 'WebhookDeliveryAttempted', 'WebhookDeliveryAttempted']);

    const replay = await request(t.url).post(`/api/webhooks/${hookId}/deliveries/${delivery._id}/replay/`).set(owner.auth).expect(201);
    expect(replay.body).toEqual({ _id: expect.any(String), replay_of: delivery._id });
    const third = (await receiver.waitFor(3))[2];
    expect(third.headers['x-candor-delivery']).toBe(replay.body._id);
    expect(JSON.parse(third.body).data).toEqual(body.data);
    expect(verify(secret, String(third.headers['x-candor-signature']), third.body)).toBe(true);
    const s1Log = await eventually(
      async () => (await request(t.url).get(`/api/v1/webhooks/${hookId}/deliveries`).set(owner.auth).expect(200)).body,
      (b) => b[0]?.status === 'succeeded',
    );
    expect(s1Log[0]).toMatchObject({ id: replay.body._id, replay_of: delivery._id, status: 'succeeded' });
  });

  it('announces interview events to subscribed webhooks only, and stops after DELETE', async () => {
    const before = receiver.received.length;
    const hook = (await request(t.url).post('/api/v1/webhooks').set(owner.auth).send({ url: receiver.url, events: ['interview.completed'] }).expect(200)).body;
    expect(hook).toMatchObject({ id: expect.any(String), secret: expect.stringMatching(/^whsec_/), events: ['interview.completed'] });
    const interview = await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Hooked', scheduled_at: '2030-01-01T10:00:00Z' }).expect(200);
    await request(t.url).post(`/candidates/interviews/${interview.body.id}/start`).set(owner.auth).expect(200);
    await request(t.url).post(`/candidates/interviews/${interview.body.id}/end`).set(owner.auth).expect(200);
    const got = await receiver.waitFor(before + 3);
    const types = got.slice(before).map((r) => r.headers['x-candor-event']).sort();
    // The first webhook takes scheduled and started, the second completed.
    expect(types).toEqual(['interview.completed', 'interview.scheduled', 'interview.started']);
    const completed = got.slice(before).find((r) => r.headers['x-candor-event'] === 'interview.completed')!;
    expect(verify(hook.secret, String(completed.headers['x-candor-signature']), completed.body)).toBe(true);
    expect(JSON.parse(completed.body).data).toMatchObject({ interview_id: interview.body.id, title: 'Hooked', ended_at: expect.any(String) });

    await request(t.url).delete(`/api/v1/webhooks/${hook.id}`).set(owner.auth).expect(200);
    await request(t.url).get(`/api/v1/webhooks/${hook.id}`).set(owner.auth).expect(404);
    const next = await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'After delete' }).expect(200);
    await request(t.url).post(`/candidates/interviews/${next.body.id}/start`).set(owner.auth).expect(200);
    await request(t.url).post(`/candidates/interviews/${next.body.id}/end`).set(owner.auth).expect(200);
    const count = (await receiver.waitFor(before + 4)).length; // interview.started for the first hook
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received.length).toBe(count);
    expect(receiver.received.slice(before + 3).map((r) => r.headers['x-candor-event'])).toEqual(['interview.started']);
  });

  it('records a receiver that does not answer as an attempt with its error, to be retried', async () => {
    const hook = (await request(t.url).post('/api/webhooks/').set(other.auth).send({ url: await refusedUrl('/gone'), events: ['candidate.created'] }).expect(201)).body;
    await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(other.auth)
      .attach('cv_file', Buffer.from('Bob\n'), { filename: 'bob.txt', contentType: 'text/plain' })
      .expect(201);
    const log = await eventually(
      async () => (await request(t.url).get(`/api/webhooks/${hook._id}/deliveries/`).set(other.auth).expect(200)).body,
      (b) => (b.results[0]?.attempts.length ?? 0) >= 2,
    );
    expect(log.results[0].status).toBe('retrying');
    expect(log.results[0].attempts[0]).toMatchObject({ attempt: 1, status_code: null, error: expect.stringContaining('ECONNREFUSED'), outcome: 'retrying' });
    expect(Date.parse(log.results[0].attempts[1].attempted_at) - Date.parse(log.results[0].attempts[0].attempted_at)).toBeGreaterThanOrEqual(150);
    await request(t.url).delete(`/api/webhooks/${hook._id}/`).set(other.auth).expect(204);
  });

  it('keeps webhooks to their owner and refuses bad bodies in each surface\'s error body', async () => {
    const hook = (await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url: receiver.url, events: ['score.ready'] }).expect(201)).body;
    const forbidden = await request(t.url).get(`/api/v1/webhooks/${hook._id}`).set(other.auth).expect(403);
    expect(forbidden.body).toEqual({ detail: expect.any(String), status_code: 403 });
    const s3Forbidden = await request(t.url).get(`/api/webhooks/${hook._id}/deliveries/`).set(other.auth).expect(403);
    expect(s3Forbidden.body).toMatchObject({ error: expect.any(String), code: 'WEBHOOK.FORBIDDEN' });
    await request(t.url).delete(`/api/webhooks/${hook._id}/`).set(other.auth).expect(403);
    await request(t.url).get('/api/webhooks/00000000-0000-4000-8000-000000000000/').set(owner.auth).expect(404);
    await request(t.url).get('/api/v1/webhooks/not-a-uuid').set(owner.auth).expect(404);
    expect((await request(t.url).get('/api/v1/webhooks').set(other.auth).expect(200)).body.map((w: { id: string }) => w.id)).not.toContain(hook._id);

    const s3Bad = await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url: 'ftp://x', events: ['interview.exploded'] }).expect(400);
    expect(Object.keys(s3Bad.body.details).sort()).toEqual(['events', 'url']);
    const s1Bad = await request(t.url).post('/api/v1/webhooks').set(owner.auth).send({ url: receiver.url, events: [] }).expect(422);
    expect(s1Bad.body).toEqual({ detail: [expect.objectContaining({ loc: expect.arrayContaining(['events']) })], status_code: 422 });
    await request(t.url).post(`/api/webhooks/${hook._id}/deliveries/00000000-0000-4000-8000-000000000000/replay/`).set(owner.auth).expect(404);
    await request(t.url).get('/api/webhooks/').expect(401);
  });

  it('after a restart (the log replayed), sends nothing again and nothing older than a webhook; new events still go out', async () => {
    const lateHook = (await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url: receiver.url, events: ['candidate.created'] }).expect(201)).body;
    const before = receiver.received.length;
    const dataDir = t.dataDir;
    await t.close({ keepData: true });
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_ALLOW_PRIVATE: 'true' }, dataDir);
    owner = await logIn(t.url, owner.email, 'Sup3r-secret-pw', owner.id);
    await new Promise((r) => setTimeout(r, 1500));
    // Ada's candidate.created (before lateHook) was delivered to the first webhook already; nothing is sent again.
    expect(receiver.received.length).toBe(before);
    await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(owner.auth)
      .attach('cv_file', Buffer.from('Grace Hopper\n'), { filename: 'grace.txt', contentType: 'text/plain' })
      .expect(201);
    const got = await receiver.waitFor(before + 2);
    expect(got.slice(before).map((r) => JSON.parse(r.body).data.full_name)).toEqual(['Grace Hopper', 'Grace Hopper']);
    const lateLog = (await request(t.url).get(`/api/webhooks/${lateHook._id}/deliveries/`).set(owner.auth).expect(200)).body;
    expect(lateLog.results.map((d: { payload: { full_name: string } }) => d.payload.full_name)).toEqual(['Grace Hopper']);
  });

  it('documents every webhook route in /openapi.json', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    for (const [path, method] of [
      ['/api/webhooks', 'post'],
      ['/api/webhooks', 'get'],
      ['/api/webhooks/{webhook_id}', 'get'],
      ['/api/webhooks/{webhook_id}', 'delete'],
      ['/api/webhooks/{webhook_id}/deliveries', 'get'],
      ['/api/webhooks/{webhook_id}/deliveries/{delivery_id}/replay', 'post'],
      ['/api/v1/webhooks', 'post'],
      ['/api/v1/webhooks', 'get'],
      ['/api/v1/webhooks/{webhook_id}/deliveries', 'get'],
      ['/api/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/replay', 'post'],
    ]) {
      expect(spec.paths[path]?.[method]?.summary).toEqual(expect.any(String));
    }
    expect(spec.paths['/api/webhooks'].post.requestBody.content['application/json'].schema).toBeDefined();
  });
});
