import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { apiKeyUsageStreamId, AUDIT_ACCESS_STREAM_ID, interviewStreamId } from '@candor/domain';
import { makeAuditor } from '../support/audit-fixtures';
import { IDENTITY_ENV, newUser, Session, TEST_ADMIN } from '../support/identity-fixtures';
import { logIn } from '../support/interview-actors';
import { startTestApp, TestApp } from '../support/test-app';

/** The request context each route runs in (Fastify hooks) and what happens once its guards admitted it (AdmittedRequestGuard). */
describe('request context and read-your-writes on every route', () => {
  let t: TestApp;
  let owner: Session;
  let events: EventStore;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, READ_YOUR_WRITES_TIMEOUT_MS: '200' });
    owner = await newUser(t.url, 'recruiter');
    events = t.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => t.close());

  async function newInterview(headers: Record<string, string> = {}): Promise<{ id: string; position: string }> {
    const created = await request(t.url).post('/api/v1/interviews/').set(owner.auth).set(headers).send({ title: 'Context' }).expect(200);
    return { id: created.body.id, position: created.headers['x-log-position'] };
  }

  it('answers a write with X-Log-Position; its events carry the request\'s ids and the caller', async () => {
    const { id, position } = await newInterview({ 'X-Request-Id': 'request-ctx-1', 'X-Correlation-Id': 'correlation-ctx-1' });

    expect(position).toMatch(/^\d+$/);
    const [created] = await events.readStream(interviewStreamId(id));
    expect(created.metadata).toMatchObject({ correlationId: 'correlation-ctx-1', causationId: 'request-ctx-1', userId: owner.id });
    expect(created.position).toBe(position);
  });

  it('waits for X-Min-Position after the route\'s guards, and reports no write on a read', async () => {
    const { id, position } = await newInterview();

    const read = await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).set('X-Min-Position', position).expect(200);

    expect(read.body.id).toBe(id);
    expect(read.headers['x-log-position']).toBeUndefined();
    expect(read.headers['x-read-models-stale']).toBeUndefined();
    // The route's guard answers first: a caller without credentials learns nothing about the header.
    await request(t.url).get(`/api/v1/interviews/${id}`).set('X-Min-Position', 'abc').expect(401);
    await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).set('X-Min-Position', 'abc').expect(400);
  });

  it('says the read models are stale when they do not reach X-Min-Position in time', async () => {
    const { position } = await newInterview();
    const ahead = String(BigInt(position) + 1000n).padStart(position.length, '0');

    const read = await request(t.url).get('/api/v1/interviews/').set(owner.auth).set('X-Min-Position', ahead).expect(200);

    expect(read.headers['x-read-models-stale']).toBe('true');
    expect(read.headers.warning).toMatch(/^199 candor /);
  });

  it('reports no write on an answer that refuses the request', async () => {
    const { id } = await newInterview();

    const refused = await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ title: 42 });

    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.headers['x-log-position']).toBeUndefined();
  });

  it('records an API key\'s use as the key\'s bookkeeping, not as the caller\'s write', async () => {
    const { id } = await newInterview();
    const key = (await request(t.url).post('/api/v1/api-keys/').set(owner.auth).send({ name: 'context key' }).expect(200)).body;

    const read = await request(t.url)
      .get(`/api/v1/interviews/api/${id}/score`)
      .set('Authorization', `Bearer ${key.secret}`)
      .set('X-Correlation-Id', 'correlation-key-1');

    expect(read.status).toBe(200);
    expect(read.headers['x-log-position']).toBeUndefined();
    const [used] = await events.readStream(apiKeyUsageStreamId(key.id));
    expect(used.type).toBe('ApiKeyUsed');
    expect(used.metadata.correlationId).not.toBe('correlation-key-1');
    expect(used.metadata).toMatchObject({ causationId: null, userId: null });
  });

  it('records an auditor\'s read once the route\'s guards admitted it; not a refused one, nor another role\'s read', async () => {
    const admin = await logIn(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const auditor = await makeAuditor(t.url, admin, 'context-auditor@example.com');
    const { id } = await newInterview();
    const before = (await events.readStream(AUDIT_ACCESS_STREAM_ID)).length;

    await request(t.url).get(`/api/v1/interviews/${id}?reason=appeal`).set(auditor.auth).expect(200);
    await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200);
    await request(t.url).get('/admin/users').set(auditor.auth).expect(403);

    const reads = (await events.readStream(AUDIT_ACCESS_STREAM_ID)).slice(before);
    expect(reads.map((e) => e.data)).toEqual([
      expect.objectContaining({ readerId: auditor.id, target: `/api/v1/interviews/${id}`, action: 'GET', reason: 'appeal' }),
    ]);
  });
});
