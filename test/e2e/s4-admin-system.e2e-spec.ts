import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { IDENTITY_ENV, loginS0, newUser, PASSWORD, Session, TEST_ADMIN } from '../support/identity-fixtures';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };

describe('S4 /admin/system/*', () => {
  let t: TestApp;
  let admin: Session;
  let user: Session;
  beforeAll(async () => {
    t = await startTestApp(IDENTITY_ENV);
    admin = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    user = await newUser(t.url);
  });
  afterAll(async () => t.close());

  it('refuses non-admins with 403 and anonymous callers with 401, in the S4 error body', async () => {
    for (const [method, path] of [
      ['get', '/admin/system/stats'],
      ['get', '/admin/system/health'],
      ['get', '/admin/system/logs'],
      ['get', '/admin/system/maintenance'],
      ['post', '/admin/system/maintenance'],
    ] as const) {
      const forbidden = await request(t.url)[method](path).set(user.auth).send({ enabled: true }).expect(403);
      expect(forbidden.body).toEqual({ ...S4_ERROR, message: 'Administrator privileges required' });
      await request(t.url)[method](path).send({ enabled: true }).expect(401);
    }
  });

  it('stats counts users by role and status, interviews by status, the events of the log and each projection', async () => {
    await request(t.url).post('/api/sessions').set(user.auth).send({ title: 'Stats interview' }).expect(201);
    const res = await request(t.url).get('/admin/system/stats').set(admin.auth).expect(200);
    expect(res.body.success).toBe(true);
    const stats = res.body.data;
    const users = await request(t.url).get('/admin/users/?size=100').set(admin.auth).expect(200);
    expect(stats.users.total).toBe(users.body.pagination.total);
    expect(stats.users.by_role.recruiter).toBeGreaterThanOrEqual(1);
    expect(stats.users.superusers).toBe(1);
    expect(stats.users.by_status.active).toBe(stats.users.total);
    expect(stats.interviews.total).toBe(1);
    expect(Object.values(stats.interviews.by_status)).toEqual([1]);
    expect(stats.events.by_type.UserRegistered).toBe(stats.users.total);
    expect(stats.events.by_type.InterviewCreated).toBe(1);
    expect(stats.events.total).toBe(Object.values(stats.events.by_type as Record<string, number>).reduce((a, b) => a + b, 0));
    const names = stats.projections.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['users', 'billing-subscriptions', 'system-settings']));
    for (const p of stats.projections) {
      expect(p).toEqual({ name: expect.any(String), position: expect.any(String), caught_up: true, lag_events: 0, lag_capped: false, lag_ms: 0 });
    }

    // Counting is incremental: new events show up on the next call.
    await newUser(t.url);
    const again = (await request(t.url).get('/admin/system/stats').set(admin.auth).expect(200)).body.data;
    expect(again.events.by_type.UserRegistered).toBe(stats.events.by_type.UserRegistered + 1);
    expect(again.users.total).toBe(stats.users.total + 1);
  });

  it('health details each dependency with its latency', async () => {
    const res = await request(t.url).get('/admin/system/health').set(admin.auth).expect(200);
    expect(res.body.success).toBe(true);
    const health = res.body.data;
    expect(['ok', 'degraded']).toContain(health.status);
    expect(health.mode).toBe('embedded');
    for (const name of ['event_store', 'read_store', 'projector', 'job_queue', 'sandbox', 'livekit', 'mail', 'speech_tts', 'speech_stt']) {
      const dependency = health.dependencies[name];
      expect(dependency).toEqual(expect.objectContaining({ status: expect.stringMatching(/^(up|degraded|down)$/), adapter: expect.any(String) }));
      expect(dependency.latency_ms === null || typeof dependency.latency_ms === 'number').toBe(true);
    }
    expect(health.dependencies.event_store).toMatchObject({ status: 'up', adapter: 'sqlite' });
    expect(health.dependencies.event_store.latency_ms).toEqual(expect.any(Number));
    expect(health.dependencies.mail).toMatchObject({ status: 'up', adapter: 'outbox' });
    // The short public form still answers, from the same service.
    const basic = await request(t.url).get('/health').expect(200);
    expect(basic.body).toMatchObject({ status: 'ok', dependencies: { event_store: { status: 'up' } } });
  });

  it('logs are the recent entries, filtered by level, search and time, with S4 pagination', async () => {
    await request(t.url).get('/api/auth/me').set(user.auth).set('X-Request-Id', 'logs-probe-1').expect(200);
    const res = await request(t.url).get('/admin/system/logs').query({ search: 'logs-probe-1', size: 5 }).set(admin.auth).expect(200);
    expect(res.body).toMatchObject({ success: true, pagination: { page: 1, size: 5, total: 1, pages: 1, has_next: false, has_prev: false } });
    expect(res.body.data[0]).toMatchObject({
      id: expect.any(Number),
      level: 'info',
      message: 'request',
      request_id: 'logs-probe-1',
      fields: expect.objectContaining({ method: 'GET', url: '/api/auth/me', status: 200 }),
    });

    const page = await request(t.url).get('/admin/system/logs').query({ size: 2, page: 2 }).set(admin.auth).expect(200);
    expect(page.body.data).toHaveLength(2);
    expect(page.body.pagination).toMatchObject({ page: 2, size: 2, has_prev: true });
    const newestFirst = (await request(t.url).get('/admin/system/logs').query({ size: 3 }).set(admin.auth)).body.data;
    expect(newestFirst[0].id).toBeGreaterThan(newestFirst[1].id);

    const errorsOnly = await request(t.url).get('/admin/system/logs').query({ level: 'error', search: 'logs-probe-1' }).set(admin.auth).expect(200);
    expect(errorsOnly.body.data).toEqual([]);
    const future = await request(t.url).get('/admin/system/logs').query({ date_from: '2999-01-01T00:00:00Z' }).set(admin.auth).expect(200);
    expect(future.body.pagination.total).toBe(0);

    const bad = await request(t.url).get('/admin/system/logs').query({ level: 'loud', size: 500 }).set(admin.auth).expect(400);
    expect(bad.body).toEqual({ ...S4_ERROR, error_code: 'VALIDATION_ERROR' });
    expect(bad.body.errors.some((e: string) => e.startsWith('level'))).toBe(true);
    expect(bad.body.errors.some((e: string) => e.startsWith('size'))).toBe(true);
  });

  it('maintenance refuses a normal user’s writes with 503 on every surface while reads and admins still work, then lifts', async () => {
    const bad = await request(t.url).post('/admin/system/maintenance').set(admin.auth).send({ enabled: 'yes' }).expect(400);
    expect(bad.body).toEqual({ ...S4_ERROR, error_code: 'VALIDATION_ERROR' });

    const on = await request(t.url).post('/admin/system/maintenance').set(admin.auth).send({ enabled: true, message: 'Upgrading the database' }).expect(200);
    expect(on.body).toMatchObject({ success: true, message: 'Maintenance mode enabled', data: { enabled: true, maintenance_message: 'Upgrading the database', updated_by: admin.id } });

    // S4 write: S4 error body.
    const s4 = await request(t.url).post('/billing/subscribe').set(user.auth).send({ plan_id: 'starter' }).expect(503);
    expect(s4.body).toEqual({ ...S4_ERROR, message: 'Upgrading the database', error_code: 'SYSTEM.MAINTENANCE' });
    expect(s4.headers['retry-after']).toBe('60');
    // S0 write: S0/S3 body.
    const s0 = await request(t.url).post('/api/sessions').set(user.auth).send({ title: 'During maintenance' }).expect(503);
    expect(s0.body.detail).toBe('Upgrading the database');
    // Reads, logging in, and admins' writes still work.
    await request(t.url).get('/billing/subscription').set(user.auth).expect(200);
    await loginS0(t.url, user.email, PASSWORD);
    await request(t.url).post('/api/sessions').set(admin.auth).send({ title: 'Admin during maintenance' }).expect(201);
    expect((await request(t.url).get('/admin/system/maintenance').set(admin.auth).expect(200)).body.data.enabled).toBe(true);

    const off = await request(t.url).post('/admin/system/maintenance').set(admin.auth).send({ enabled: false }).expect(200);
    expect(off.body).toMatchObject({ success: true, message: 'Maintenance mode disabled', data: { enabled: false, maintenance_message: null } });
    await request(t.url).post('/api/sessions').set(user.auth).send({ title: 'After maintenance' }).expect(201);

    const stats = (await request(t.url).get('/admin/system/stats').set(admin.auth)).body.data;
    expect(stats.events.by_type).toMatchObject({ MaintenanceModeEnabled: 1, MaintenanceModeDisabled: 1 });
  });
});
