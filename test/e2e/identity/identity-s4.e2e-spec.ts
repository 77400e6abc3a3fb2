import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../../support/test-app';
import { verifyMailbox } from '../../support/mail-outbox';
import { bearer, IDENTITY_ENV, loginS0, newUser, PASSWORD, Session, TEST_ADMIN, uniqueEmail } from '../../support/identity-fixtures';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };

function expectS4Error(body: Record<string, unknown>, message: string | RegExp, code: string): void {
  expect(body).toEqual({ ...S4_ERROR, message: typeof message === 'string' ? message : expect.stringMatching(message), error_code: code });
  expect(new Date(body.timestamp as string).toISOString()).toBe(body.timestamp);
}

/** The mails of the outbox that mention `to`, decoded from quoted-printable. */
function mailsTo(dataDir: string, to: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(join(dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files
    .map((f) => readFileSync(join(dataDir, 'outbox', f), 'utf8'))
    .map((raw) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .filter((mail) => mail.includes(`To: ${to}`));
}

async function resetTokenMailedTo(dataDir: string, to: string): Promise<string> {
  for (let i = 0; i < 100; i += 1) {
    const [mail] = mailsTo(dataDir, to).filter((m) => m.includes('reset-password?token='));
    const token = mail && /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43})/.exec(mail)?.[1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no reset mail to ${to}`);
}

describe('Identity on S4 (/auth/*, /interviewer/settings/api-keys*, /admin/users/*)', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_SECONDS: '2' });
    admin = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => t.close());

  async function registerS4(fullName = 'S4 User', extra: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
    const email = uniqueEmail('s4');
    const res = await request(t.url).post('/auth/register').send({ email, password: PASSWORD, full_name: fullName, ...extra }).expect(201);
    return { id: res.body.data.id, email };
  }

  describe('POST /auth/register', () => {
    it('answers 201 with the wrapped user', async () => {
      const email = uniqueEmail('s4');
      const res = await request(t.url)
        .post('/auth/register')
        .send({ email, password: PASSWORD, full_name: 'Jane Doe', username: `jane${Date.now().toString(36)}`, role: 'interviewer' })
        .expect(201);
      expect(res.body).toEqual({
        success: true,
        message: 'User registered successfully',
        data: expect.objectContaining({ email, full_name: 'Jane Doe', role: 'interviewer', is_active: true, is_superuser: false }),
      });
      for (const key of ['id', 'username', 'created_at']) expect(res.body.data).toHaveProperty(key);
    });

    it('answers 400 in the S4 error format on a duplicate verified email, missing or wrongly typed fields', async () => {
      const { email } = await registerS4();
      // Nothing verified yet: the same address is refused all the same.
      const unverified = await request(t.url).post('/auth/register').send({ email, password: PASSWORD, full_name: 'Again' }).expect(400);
      expectS4Error(unverified.body, 'Email already registered', 'USER.EMAIL_TAKEN');
      await verifyMailbox(t.url, email);
      const dup = await request(t.url).post('/auth/register').send({ email, password: PASSWORD, full_name: 'Again' }).expect(400);
      expectS4Error(dup.body, 'Email already registered', 'USER.EMAIL_TAKEN');
      const missing = await request(t.url).post('/auth/register').send({ email: uniqueEmail() }).expect(400);
      expectS4Error(missing.body, 'Validation failed', 'VALIDATION_ERROR');
      expect(missing.body.errors).toEqual(expect.arrayContaining(['password: field required', 'full_name: field required']));
      const typed = await request(t.url).post('/auth/register').send({ email: true, password: PASSWORD, full_name: 3 }).expect(400);
      expect(typed.body.errors.some((e: string) => e.startsWith('email:'))).toBe(true);
      expect(typed.body.errors.some((e: string) => e.startsWith('full_name:'))).toBe(true);
    });
  });

  describe('login, refresh, logout, me', () => {
    it('POST /auth/login answers the wrapped token; a wrong password is 401 in S4 format', async () => {
      const { email } = await registerS4();
      const res = await request(t.url).post('/auth/login').send({ email, password: PASSWORD }).expect(200);
      expect(res.body).toEqual({
        success: true,
        message: 'Login successful',
        data: { access_token: expect.any(String), refresh_token: expect.any(String), token_type: 'bearer', expires_in: 3600 },
      });
      const wrong = await request(t.url).post('/auth/login').send({ email, password: 'Wrong-passw0rd' }).expect(401);
      expectS4Error(wrong.body, 'Invalid email or password', 'AUTH.INVALID_CREDENTIALS');
      const unknown = await request(t.url).post('/auth/login').send({ email: uniqueEmail('nobody'), password: PASSWORD }).expect(401);
      expectS4Error(unknown.body, 'Invalid email or password', 'AUTH.INVALID_CREDENTIALS');
    });

    it('POST /auth/refresh rotates; a reused refresh token revokes the family (401)', async () => {
      const { email } = await registerS4();
      const login = (await request(t.url).post('/auth/login').send({ email, password: PASSWORD }).expect(200)).body.data;
      const refreshed = await request(t.url).post('/auth/refresh').send({ refresh_token: login.refresh_token }).expect(200);
      expect(refreshed.body).toEqual({
        success: true,
        data: { access_token: expect.any(String), refresh_token: expect.any(String), token_type: 'bearer', expires_in: 3600 },
      });
      const reused = await request(t.url).post('/auth/refresh').send({ refresh_token: login.refresh_token }).expect(401);
      expectS4Error(reused.body, /already used/, 'AUTH.REFRESH_TOKEN_REUSED');
      await request(t.url).get('/auth/me').set(bearer(refreshed.body.data.access_token)).expect(401);
    });

    it('POST /auth/logout answers the wrapped message; the token is refused afterwards', async () => {
      const s = await newUser(t.url);
      const res = await request(t.url).post('/auth/logout').set(s.auth).expect(200);
      expect(res.body).toEqual({ success: true, data: { message: 'Successfully logged out' }, message: 'Successfully logged out' });
      const refused = await request(t.url).get('/auth/me').set(s.auth).expect(401);
      expectS4Error(refused.body, 'Token has been revoked', 'AUTH.TOKEN_REVOKED');
    });

    it('GET and PUT /auth/me', async () => {
      const s = await newUser(t.url);
      const me = await request(t.url).get('/auth/me').set(s.auth).expect(200);
      expect(me.body).toEqual({ success: true, data: expect.objectContaining({ id: s.id, email: s.email, full_name: 'Test User' }) });
      const updated = await request(t.url).put('/auth/me').set(s.auth).send({ full_name: 'Renamed' }).expect(200);
      expect(updated.body.data).toMatchObject({ id: s.id, full_name: 'Renamed' });
      const refused = await request(t.url).put('/auth/me').set(s.auth).send({ is_active: false }).expect(403);
      expectS4Error(refused.body, 'Only an administrator may change is_active', 'USER.ADMIN_ONLY');
    });
  });

  describe('password reset', () => {
    it('answers forgot-password alike for known and unknown emails; mails a single-use token; a reset revokes every session', async () => {
      const { email } = await registerS4();
      const session = await loginS0(t.url, email);
      const known = await request(t.url).post('/auth/forgot-password').send({ email: email.toUpperCase() }).expect(200);
      const ghost = uniqueEmail('ghost');
      const unknown = await request(t.url).post('/auth/forgot-password').send({ email: ghost }).expect(200);
      expect(unknown.body).toEqual(known.body);
      expect(known.body).toEqual({
        success: true,
        data: { message: expect.stringMatching(/If an account exists/) },
        message: expect.stringMatching(/If an account exists/),
      });

      const token = await resetTokenMailedTo(t.dataDir, email);
      expect(mailsTo(t.dataDir, ghost)).toEqual([]);
      // The mailed link opens a page whose form spends the token through POST /auth/reset-password.
      const link = new URL(/(https?:\/\/\S+\/reset-password\?token=\S+)/.exec(mailsTo(t.dataDir, email).find((m) => m.includes('reset-password?token='))!)![1]);
      const page = await request(t.url).get(`${link.pathname}${link.search}`).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('/auth/reset-password');
      expect(page.text).toContain('name="new_password"');
      expect(page.text).toContain(JSON.stringify(token));

      const weak = await request(t.url).post('/auth/reset-password').send({ token, new_password: 'short' }).expect(400);
      expectS4Error(weak.body, 'Validation failed', 'VALIDATION_ERROR');
      const reset = await request(t.url).post('/auth/reset-password').send({ token, new_password: 'Brand-new-passw0rd' }).expect(200);
      expect(reset.body).toMatchObject({ success: true, data: { message: expect.stringMatching(/reset/) } });

      const again = await request(t.url).post('/auth/reset-password').send({ token, new_password: 'Another-passw0rd' }).expect(400);
      expectS4Error(again.body, 'Invalid or expired password reset token', 'AUTH.INVALID_RESET_TOKEN');
      await request(t.url).get('/auth/me').set(session.auth).expect(401);
      await request(t.url).post('/auth/refresh').send({ refresh_token: session.refreshToken }).expect(401);
      await request(t.url).post('/auth/login').send({ email, password: PASSWORD }).expect(401);
      await request(t.url).post('/auth/login').send({ email, password: 'Brand-new-passw0rd' }).expect(200);
    });

    it('refuses a forged or malformed token', async () => {
      const { id } = await registerS4();
      const forged = `${id}.${'A'.repeat(43)}`;
      const res = await request(t.url).post('/auth/reset-password').send({ token: forged, new_password: 'Brand-new-passw0rd' }).expect(400);
      expectS4Error(res.body, 'Invalid or expired password reset token', 'AUTH.INVALID_RESET_TOKEN');
      await request(t.url).post('/auth/reset-password').send({ token: 'nonsense', new_password: 'Brand-new-passw0rd' }).expect(400);
      const missing = await request(t.url).post('/auth/forgot-password').send({}).expect(400);
      expect(missing.body.errors).toEqual(['email: field required']);
    });
  });

  describe('login lockout (LOGIN_MAX_FAILURES=3, LOGIN_LOCKOUT_SECONDS=2)', () => {
    it('locks the account after repeated failures, even for the right password, and lifts the lock on time', async () => {
      const { email } = await registerS4();
      for (let i = 0; i < 3; i += 1) await request(t.url).post('/auth/login').send({ email, password: `Wrong-passw0rd${i}` }).expect(401);
      const locked = await request(t.url).post('/auth/login').send({ email, password: PASSWORD }).expect(401);
      expectS4Error(locked.body, /temporarily locked/, 'AUTH.ACCOUNT_LOCKED');
      await new Promise((r) => setTimeout(r, 2100));
      await request(t.url).post('/auth/login').send({ email, password: PASSWORD }).expect(200);
    });
  });

  describe('/interviewer/settings/api-keys', () => {
    it('creates (201, secret once), lists and deactivates keys, wrapped', async () => {
      const s = await newUser(t.url, 'interviewer');
      const created = await request(t.url).post('/interviewer/settings/api-keys').set(s.auth).send({ name: 'ATS' }).expect(201);
      expect(created.body).toEqual({
        success: true,
        message: expect.stringMatching(/not shown again/),
        data: {
          id: expect.any(String),
          name: 'ATS',
          key: expect.stringMatching(/^pk_/),
          secret: expect.stringMatching(/^sk_/),
          is_active: true,
          usage_count: 0,
          created_at: expect.any(String),
          last_used_at: null,
        },
      });
      const listed = await request(t.url).get('/interviewer/settings/api-keys').set(s.auth).expect(200);
      expect(listed.body).toEqual({ success: true, data: [expect.objectContaining({ id: created.body.data.id, is_active: true })] });
      expect(listed.body.data[0]).not.toHaveProperty('secret');
      // The same keys as S1's routes.
      expect((await request(t.url).get('/api/v1/api-keys/').set(s.auth).expect(200)).body[0].id).toBe(created.body.data.id);
      const revoked = await request(t.url).delete(`/interviewer/settings/api-keys/${created.body.data.id}`).set(s.auth).expect(200);
      expect(revoked.body).toEqual({
        success: true,
        data: { message: 'API key deactivated successfully' },
        message: 'API key deactivated successfully',
      });
      const missing = await request(t.url).delete(`/interviewer/settings/api-keys/${created.body.data.id}x`).set(s.auth).expect(404);
      expectS4Error(missing.body, 'API key not found', 'API_KEY.NOT_FOUND');
    });

    it('is refused to candidates (403) and to anonymous callers (401)', async () => {
      const candidate = await newUser(t.url, 'candidate');
      const res = await request(t.url).post('/interviewer/settings/api-keys').set(candidate.auth).send({ name: 'x' }).expect(403);
      expectS4Error(res.body, 'This route is for recruiter or interviewer accounts', 'AUTH.FORBIDDEN');
      const anonymous = await request(t.url).get('/interviewer/settings/api-keys').expect(401);
      expectS4Error(anonymous.body, 'Not authenticated', 'AUTH.NOT_AUTHENTICATED');
    });
  });

  describe('/admin/users', () => {
    it('lists users with S4 pagination, search, status, dates and sorting', async () => {
      const marker = `Zed${Date.now().toString(36)}`;
      const users = [await registerS4(`${marker} Charlie`), await registerS4(`${marker} Alpha`), await registerS4(`${marker} Bravo`)];
      const page1 = await request(t.url).get('/admin/users/').query({ search: marker.toLowerCase(), size: 2, sort_by: 'full_name', sort_order: 'asc' }).set(admin.auth).expect(200);
      expect(page1.body.success).toBe(true);
      expect(page1.body.pagination).toEqual({ page: 1, size: 2, total: 3, pages: 2, has_next: true, has_prev: false });
      expect(page1.body.data.map((u: { full_name: string }) => u.full_name)).toEqual([`${marker} Alpha`, `${marker} Bravo`]);
      expect(page1.body.data[0]).toEqual(
        expect.objectContaining({ id: users[1].id, email: users[1].email, status: 'active', suspension_reason: null, locked_until: null }),
      );
      const page2 = await request(t.url).get('/admin/users').query({ search: marker, size: 2, page: 2, sort_by: 'full_name', sort_order: 'asc' }).set(admin.auth).expect(200);
      expect(page2.body.pagination).toEqual({ page: 2, size: 2, total: 3, pages: 2, has_next: false, has_prev: true });
      expect(page2.body.data.map((u: { id: string }) => u.id)).toEqual([users[0].id]);

      const newestFirst = await request(t.url).get('/admin/users').query({ search: marker }).set(admin.auth).expect(200);
      expect(newestFirst.body.data.map((u: { id: string }) => u.id)).toEqual([users[2].id, users[1].id, users[0].id]);

      await request(t.url).post(`/admin/users/${users[0].id}/suspend`).set(admin.auth).send({ reason: 'spam' }).expect(200);
      const suspended = await request(t.url).get('/admin/users').query({ search: marker, status: 'suspended' }).set(admin.auth).expect(200);
      expect(suspended.body.data.map((u: { id: string }) => u.id)).toEqual([users[0].id]);

      const today = new Date().toISOString().slice(0, 10);
      const byDay = await request(t.url).get('/admin/users').query({ search: marker, date_from: today, date_to: today }).set(admin.auth).expect(200);
      expect(byDay.body.pagination.total).toBe(3);
      const before = await request(t.url).get('/admin/users').query({ search: marker, date_to: '2020-01-01' }).set(admin.auth).expect(200);
      expect(before.body.pagination).toMatchObject({ total: 0, pages: 1 });
      expect(before.body.data).toEqual([]);

      const bad = await request(t.url).get('/admin/users').query({ size: 101, sort_by: 'password', date_from: 'yesterday' }).set(admin.auth).expect(400);
      expectS4Error(bad.body, 'Validation failed', 'VALIDATION_ERROR');
      expect(bad.body.errors).toHaveLength(3);
    });

    it('is refused to a normal user (403) and to anonymous callers (401)', async () => {
      const s = await newUser(t.url);
      for (const [method, path] of [
        ['get', '/admin/users/'],
        ['get', `/admin/users/${s.id}`],
        ['put', `/admin/users/${s.id}`],
        ['delete', `/admin/users/${s.id}`],
        ['post', `/admin/users/${s.id}/suspend`],
        ['post', `/admin/users/${s.id}/activate`],
      ] as const) {
        const res = await request(t.url)[method](path).set(s.auth).send({ reason: 'x' }).expect(403);
        expectS4Error(res.body, 'Administrator privileges required', 'AUTH.FORBIDDEN');
        await request(t.url)[method](path).expect(401);
      }
    });

    it('gets and updates a user; deactivation refuses the user\'s tokens', async () => {
      const s = await newUser(t.url);
      const got = await request(t.url).get(`/admin/users/${s.id}`).set(admin.auth).expect(200);
      expect(got.body).toEqual({ success: true, data: expect.objectContaining({ id: s.id, email: s.email, role: 'recruiter' }) });
      const updated = await request(t.url).put(`/admin/users/${s.id}`).set(admin.auth).send({ full_name: 'By Admin', role: 'interviewer' }).expect(200);
      expect(updated.body.data).toMatchObject({ full_name: 'By Admin', role: 'interviewer', is_active: true });
      await request(t.url).get('/auth/me').set(s.auth).expect(200);
      const off = await request(t.url).put(`/admin/users/${s.id}`).set(admin.auth).send({ is_active: false }).expect(200);
      expect(off.body.data).toMatchObject({ is_active: false, status: 'inactive' });
      await request(t.url).get('/auth/me').set(s.auth).expect(401);
      const login = await request(t.url).post('/auth/login').send({ email: s.email, password: PASSWORD }).expect(403);
      expectS4Error(login.body, 'User account is inactive', 'USER.INACTIVE');
      const typed = await request(t.url).put(`/admin/users/${s.id}`).set(admin.auth).send({ role: 'owner' }).expect(400);
      expectS4Error(typed.body, 'Validation failed', 'VALIDATION_ERROR');
      const unknown = await request(t.url).get('/admin/users/00000000-0000-4000-8000-000000000000').set(admin.auth).expect(404);
      expectS4Error(unknown.body, 'User not found', 'USER.NOT_FOUND');
    });

    it('suspends with a reason (tokens refused, login 403), activates again (old tokens stay revoked)', async () => {
      const s = await newUser(t.url);
      const missing = await request(t.url).post(`/admin/users/${s.id}/suspend`).set(admin.auth).send({}).expect(400);
      expect(missing.body.errors).toEqual(['reason: field required']);
      const suspended = await request(t.url).post(`/admin/users/${s.id}/suspend`).set(admin.auth).send({ reason: 'Fraud' }).expect(200);
      expect(suspended.body).toEqual({ success: true, data: { message: 'User suspended successfully' }, message: 'User suspended successfully' });
      const refused = await request(t.url).get('/api/auth/me').set(s.auth).expect(401);
      expect(refused.body.detail).toBe('User is inactive, suspended or no longer exists');
      const login = await request(t.url).post('/auth/login').send({ email: s.email, password: PASSWORD }).expect(403);
      expectS4Error(login.body, 'User account is suspended', 'USER.SUSPENDED');
      await request(t.url).post('/api/auth/refresh').send({ refresh_token: s.refreshToken }).expect(401);
      const shown = await request(t.url).get(`/admin/users/${s.id}`).set(admin.auth).expect(200);
      expect(shown.body.data).toMatchObject({ status: 'suspended', is_active: false, suspension_reason: 'Fraud' });

      const activated = await request(t.url).post(`/admin/users/${s.id}/activate`).set(admin.auth).expect(200);
      expect(activated.body).toEqual({ success: true, data: { message: 'User activated successfully' }, message: 'User activated successfully' });
      await request(t.url).get('/auth/me').set(s.auth).expect(401);
      await loginS0(t.url, s.email);
    });

    it('deletes a user: tokens refused, login unknown, email free again', async () => {
      const s = await newUser(t.url);
      const res = await request(t.url).delete(`/admin/users/${s.id}`).set(admin.auth).expect(200);
      expect(res.body).toEqual({ success: true, data: { message: 'User deleted successfully' }, message: 'User deleted successfully' });
      await request(t.url).get('/auth/me').set(s.auth).expect(401);
      await request(t.url).get(`/admin/users/${s.id}`).set(admin.auth).expect(404);
      const login = await request(t.url).post('/auth/login').send({ email: s.email, password: PASSWORD }).expect(401);
      expectS4Error(login.body, 'Invalid email or password', 'AUTH.INVALID_CREDENTIALS');
      const again = await request(t.url).post('/auth/register').send({ email: s.email, password: PASSWORD, full_name: 'Back' }).expect(201);
      expect(again.body.data.id).not.toBe(s.id);
    });

    it('an admin cannot suspend, deactivate or delete their own account', async () => {
      const self = await request(t.url).post(`/admin/users/${admin.id}/suspend`).set(admin.auth).send({ reason: 'oops' }).expect(400);
      expectS4Error(self.body, 'An administrator cannot suspend their own account', 'USER.NOT_ON_YOURSELF');
      await request(t.url).delete(`/admin/users/${admin.id}`).set(admin.auth).expect(400);
      await request(t.url).put(`/admin/users/${admin.id}`).set(admin.auth).send({ is_active: false }).expect(400);
      await request(t.url).get('/auth/me').set(admin.auth).expect(200);
    });
  });
});

describe('Rate limits on the auth routes (RATE_LIMIT_SCALE=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, RATE_LIMIT_SCALE: '1' });
  });
  afterAll(async () => t.close());

  it('S4 auth: 5 per minute, then 429 wrapped', async () => {
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await request(t.url).post('/auth/login').send({ email: 'x@y.io', password: 'Wrong-passw0rd' }));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(answers[0].headers['x-ratelimit-limit']).toBe('5');
    expect(answers[5].body).toMatchObject({ success: false, message: 'Rate limit exceeded', error_code: 'RATE_LIMIT_EXCEEDED' });
    expect(Number(answers[5].headers['retry-after'])).toBeGreaterThan(0);
  });

  it('S3 auth (POST /api/auth/login/): 10 per minute; S0 /api/auth/*: 60 per minute', async () => {
    const s3 = [];
    for (let i = 0; i < 11; i += 1) s3.push(await request(t.url).post('/api/auth/login/').send({ email: 'x@y.io', password: 'Wrong-passw0rd' }));
    expect(s3.slice(0, 10).every((a) => a.status === 401)).toBe(true);
    expect(s3[10].status).toBe(429);
    expect(s3[10].body).toMatchObject({ error: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED' });
    const s0 = await request(t.url).post('/api/auth/login').send({ email: 'x@y.io', password: 'Wrong-passw0rd' }).expect(401);
    expect(s0.headers['x-ratelimit-limit']).toBe('60');
    const s1 = await request(t.url).post('/api/v1/auth/login').send({ email: 'x@y.io', password: 'Wrong-passw0rd' }).expect(401);
    expect(s1.headers['x-ratelimit-limit']).toBe('100');
  });
});

describe('Password reset tokens expire (PASSWORD_RESET_TTL=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, PASSWORD_RESET_TTL: '1' });
  });
  afterAll(async () => t.close());

  it('refuses a mailed token once it has expired', async () => {
    const email = uniqueEmail('expiring');
    await request(t.url).post('/auth/register').send({ email, password: PASSWORD, full_name: 'E' }).expect(201);
    await request(t.url).post('/auth/forgot-password').send({ email }).expect(200);
    const token = await resetTokenMailedTo(t.dataDir, email);
    await new Promise((r) => setTimeout(r, 1100));
    const res = await request(t.url).post('/auth/reset-password').send({ token, new_password: 'Brand-new-passw0rd' }).expect(400);
    expectS4Error(res.body, 'Invalid or expired password reset token', 'AUTH.INVALID_RESET_TOKEN');
    await request(t.url).post('/auth/login').send({ email, password: PASSWORD }).expect(200);
  });
});
