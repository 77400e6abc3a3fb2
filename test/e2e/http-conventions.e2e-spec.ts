import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { operationsOf } from '../support/openapi-operations';
import { signUp } from '../support/interview-actors';

describe('HTTP conventions shared by every surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('GET /health reports each dependency', async () => {
    const res = await request(t.url).get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      mode: 'embedded',
      dependencies: {
        event_store: { status: 'up', adapter: 'sqlite' },
        read_store: { status: 'up', adapter: 'sqlite' },
        projector: { status: 'up', adapter: 'in-process' },
      },
    });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('echoes a caller-supplied request id', async () => {
    const res = await request(t.url).get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await request(t.url).get('/openapi.json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/health']).toBeDefined();
    const ui = await request(t.url).get('/docs').redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it.each([
    ['/api/nope', (b: Record<string, unknown>) => expect(b).toMatchObject({ detail: 'Not Found', error: 'Not Found', code: 'NOT_FOUND' })],
    ['/api/v1/nope', (b: Record<string, unknown>) => expect(b).toEqual({ detail: 'Not Found', status_code: 404 })],
    ['/interviewer/nope', (b: Record<string, unknown>) =>
      expect(b).toMatchObject({ success: false, message: 'Not Found', error_code: 'NOT_FOUND', errors: ['Not Found'] })],
  ])('answers an unknown route %s with 404 in the surface format', async (path, check) => {
    const res = await request(t.url).get(path).expect(404);
    check(res.body);
  });

  it('accepts a trailing slash on any route', async () => {
    await request(t.url).get('/health/').expect(200);
  });

  it('answers a known route asked with a method it does not take 405 with Allow, in the surface format (it answered 404)', async () => {
    const reader = await signUp(t.url, 'conventions-method@example.com');
    const s0 = await request(t.url).patch('/api/sessions').set(reader.auth).expect(405);
    expect(s0.headers.allow?.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    expect(s0.body).toMatchObject({ detail: 'Method Not Allowed', error: 'Method Not Allowed', code: 'METHOD_NOT_ALLOWED' });
    const s1 = await request(t.url).delete('/api/v1/users/me').set(reader.auth).expect(405);
    expect(s1.body).toEqual({ detail: 'Method Not Allowed', status_code: 405 });
    const s4 = await request(t.url).put('/billing/plans').set(reader.auth).expect(405);
    expect(s4.body).toMatchObject({ success: false, message: 'Method Not Allowed', error_code: 'METHOD_NOT_ALLOWED' });
    // With a trailing slash and an id in the path too; an unknown path stays 404.
    const job = `/api/jobs/00000000-0000-4000-8000-000000000000/`;
    expect((await request(t.url).post(job).set(reader.auth).expect(405)).headers.allow).toContain('PATCH');
    await request(t.url).patch('/api/nope').set(reader.auth).expect(404);
  });

  it('refuses a paging number past the exact integers in the surface format (it answered 500: the read store cannot page that far)', async () => {
    const reader = await signUp(t.url, 'conventions-huge-page@example.com');
    const huge = '99999999999999999999';
    const S0_S3 = { detail: [expect.objectContaining({ loc: [expect.any(String)], type: 'value_error.max' })], error: 'Validation failed', details: expect.any(Object), code: 'VALIDATION_ERROR' };
    const S1 = { detail: [expect.objectContaining({ type: 'value_error.max' })], status_code: 422 };
    const S4 = { success: false, message: 'Validation failed', errors: [expect.stringContaining('must not be greater than')], error_code: 'VALIDATION_ERROR', timestamp: expect.any(String) };
    const cases: [string, number, object][] = [
      [`/api/sessions?offset=${huge}`, 422, S0_S3],
      [`/api/v1/interviews?skip=${huge}`, 422, S1],
      [`/api/v1/resumes?skip=${huge}`, 422, S1],
      [`/api/v1/webhooks?skip=${huge}`, 422, S1],
      [`/api/interviews/?page=${huge}`, 400, S0_S3],
      [`/api/jobs/?page=${huge}`, 400, S0_S3],
      [`/api/candidates/?page=${huge}`, 400, S0_S3],
      [`/candidates/interviews?page=${huge}`, 400, S4],
      [`/interviewer/interviews?page=${huge}`, 400, S4],
      [`/billing/invoices?page=${huge}`, 400, S4],
    ];
    for (const [path, status, body] of cases) {
      const res = await request(t.url).get(path).set(reader.auth);
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status, body });
    }
    // An empty value is no number either (it was read as 0: `?skip=` answered 200, `?limit=` "must not be less than 1").
    const empty = await request(t.url).get('/api/v1/interviews?skip=').set(reader.auth).expect(422);
    expect(empty.body.detail).toContainEqual(expect.objectContaining({ loc: ['skip'], type: 'value_error.isint' }));
    // The last exact integer is still a page (an empty one), not an error.
    const far = await request(t.url).get(`/api/sessions?offset=${Number.MAX_SAFE_INTEGER}`).set(reader.auth).expect(200);
    expect(far.body).toMatchObject({ sessions: [], offset: Number.MAX_SAFE_INTEGER });
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_SCALE: '0.05' }); // S0: 60/min * 0.05 = 3; S4 general 100 * 0.05 = 5
  });
  afterAll(async () => t.close());

  it('counts per caller, reports X-RateLimit-* on every answer and refuses with 429 in the surface format', async () => {
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await request(t.url).get('/api/sessions-unknown'));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([404, 404, 404]);
    expect(answers.map((a) => a.headers['x-ratelimit-limit'])).toEqual(['3', '3', '3', '3']);
    expect(answers.map((a) => a.headers['x-ratelimit-remaining'])).toEqual(['2', '1', '0', '0']);
    expect(Number(answers[0].headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    const refused = answers[3];
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ detail: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED' });
    expect(refused.body.retry_after).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('keeps separate buckets per surface and answers S4 refusals wrapped', async () => {
    let last = await request(t.url).get('/billing/unknown');
    for (let i = 0; i < 5; i += 1) last = await request(t.url).get('/billing/unknown');
    expect(last.status).toBe(429);
    expect(last.body).toMatchObject({ success: false, message: 'Rate limit exceeded', error_code: 'RATE_LIMIT_EXCEEDED' });
  });

  it('gives the health check the generous general limit, with its headers (1000 per minute * 0.05)', async () => {
    for (let i = 0; i < 10; i += 1) {
      const res = await request(t.url).get('/health').expect(200);
      expect(res.headers['x-ratelimit-limit']).toBe('50');
    }
  });

  it('carries X-RateLimit-Limit/Remaining/Reset on every documented operation and the operational routes (CONTRACTS "Cross-cutting")', async () => {
    const document = (await request(t.url).get('/openapi.json').expect(200)).body;
    const targets = [
      ...operationsOf(document).map((o) => ({ method: o.method.toUpperCase(), path: o.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000') })),
      ...['/health', '/docs', '/openapi.json', '/asyncapi.json'].map((path) => ({ method: 'GET', path })),
    ];
    expect(targets.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const { method, path } of targets) {
      const res = await fetch(`${t.url}${path}`, { method, redirect: 'manual' });
      await res.arrayBuffer();
      const headers = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'].filter((h) => !/^\d+$/.test(res.headers.get(h) ?? ''));
      if (headers.length) missing.push(`${method} ${path} -> ${res.status} lacks ${headers.join(', ')}`);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
