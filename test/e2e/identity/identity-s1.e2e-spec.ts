import request from 'supertest';
import { startTestApp, TestApp } from '../../support/test-app';
import { verifyMailbox } from '../../support/mail-outbox';
import { bearer, IDENTITY_ENV, loginS0, newUser, PASSWORD, TEST_ADMIN, uniqueEmail } from '../../support/identity-fixtures';

const S1_USER_KEYS = ['id', 'email', 'username', 'full_name', 'is_active', 'is_superuser', 'created_at'];

describe('Identity on S1 (/api/v1/auth/*, /api/v1/users/me, /api/v1/api-keys/*)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, API_KEYS_MAX_ACTIVE: '2' });
  });
  afterAll(async () => t.close());

  const registerS1 = (body: Record<string, unknown>) => request(t.url).post('/api/v1/auth/register').send(body);

  describe('POST /api/v1/auth/register', () => {
    it('answers 200 with every documented key', async () => {
      const email = uniqueEmail();
      const username = `u${Date.now().toString(36)}`;
      const res = await registerS1({ email, username, full_name: 'New User', password: PASSWORD }).expect(200);
      for (const key of S1_USER_KEYS) expect(res.body).toHaveProperty(key);
      expect(res.body).toMatchObject({ email, username, full_name: 'New User', is_active: true, is_superuser: false });
    });

    it('derives the username from the email when it is not given', async () => {
      const res = await registerS1({ email: 'Derived.Name+tag@Example.com', full_name: 'D', password: PASSWORD }).expect(200);
      expect(res.body.username).toBe('derived.name');
      const second = await registerS1({ email: 'derived.name@other.example.com', full_name: 'D2', password: PASSWORD }).expect(200);
      expect(second.body.username).toMatch(/^derived\.name\d+$/);
    });

    it('answers 400 {detail, status_code} when the verified email or the username (any case) exists', async () => {
      const email = uniqueEmail();
      const username = `dup${Date.now().toString(36)}`;
      await registerS1({ email, username, full_name: 'A', password: PASSWORD }).expect(200);
      await verifyMailbox(t.url, email);
      const sameEmail = await registerS1({ email: email.toUpperCase(), username: `${username}x`, full_name: 'B', password: PASSWORD }).expect(400);
      expect(sameEmail.body).toEqual({ detail: 'Email already registered', status_code: 400 });
      const sameName = await registerS1({ email: uniqueEmail(), username: username.toUpperCase(), full_name: 'C', password: PASSWORD }).expect(400);
      expect(sameName.body).toEqual({ detail: 'Username already taken', status_code: 400 });
    });

    it('answers 422 with a detail list on missing or wrongly typed fields', async () => {
      const missing = await registerS1({ username: 'someone' }).expect(422);
      expect(missing.body.status_code).toBe(422);
      expect(missing.body.detail).toEqual(
        expect.arrayContaining([
          { loc: ['email'], msg: 'field required', type: 'value_error.missing' },
          { loc: ['password'], msg: 'field required', type: 'value_error.missing' },
        ]),
      );
      const typed = await registerS1({ email: 'not-an-email', username: 'x y', password: 5 }).expect(422);
      expect(new Set(typed.body.detail.map((p: { loc: string[] }) => p.loc[0]))).toEqual(new Set(['email', 'username', 'password']));
    });
  });

  describe('POST /api/v1/auth/login', () => {
    let email: string;
    let username: string;
    beforeAll(async () => {
      email = uniqueEmail();
      username = `login${Date.now().toString(36)}`;
      await registerS1({ email, username, full_name: 'L', password: PASSWORD }).expect(200);
    });

    const expectTokens = (body: Record<string, unknown>) =>
      expect(body).toEqual({ access_token: expect.any(String), token_type: 'bearer', refresh_token: expect.any(String), expires_in: 3600 });

    it('accepts the OAuth2 form with the email or the username as `username`', async () => {
      expectTokens((await request(t.url).post('/api/v1/auth/login').type('form').send({ username: email, password: PASSWORD }).expect(200)).body);
      expectTokens((await request(t.url).post('/api/v1/auth/login').type('form').send({ username, password: PASSWORD }).expect(200)).body);
    });

    it('accepts multipart form data', async () => {
      const res = await request(t.url).post('/api/v1/auth/login').field('username', email).field('password', PASSWORD).expect(200);
      expectTokens(res.body);
    });

    it('accepts JSON with email or username', async () => {
      expectTokens((await request(t.url).post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body);
      expectTokens((await request(t.url).post('/api/v1/auth/login').send({ username, password: PASSWORD }).expect(200)).body);
    });

    it('answers 401 {detail, status_code} on a wrong password or an unknown user', async () => {
      const wrong = await request(t.url).post('/api/v1/auth/login').type('form').send({ username: email, password: 'Wrong-passw0rd' }).expect(401);
      expect(wrong.body).toEqual({ detail: 'Invalid email or password', status_code: 401 });
      const unknown = await request(t.url).post('/api/v1/auth/login').type('form').send({ username: 'nobody-here', password: PASSWORD }).expect(401);
      expect(unknown.body).toEqual(wrong.body);
    });

    it('answers 422 on missing or wrongly typed fields, form or JSON', async () => {
      const form = await request(t.url).post('/api/v1/auth/login').type('form').send({ password: PASSWORD }).expect(422);
      expect(form.body).toEqual({ detail: [{ loc: ['username'], msg: 'field required', type: 'value_error.missing' }], status_code: 422 });
      const json = await request(t.url).post('/api/v1/auth/login').send({ username: email }).expect(422);
      expect(json.body.detail).toEqual([{ loc: ['password'], msg: 'field required', type: 'value_error.missing' }]);
      const typed = await request(t.url).post('/api/v1/auth/login').send({ username: 7, password: PASSWORD }).expect(422);
      expect(typed.body.detail[0].loc).toEqual(['username']);
    });
  });

  describe('logout, /auth/me and /users/me', () => {
    it('GET /api/v1/users/me and /api/v1/auth/me return the caller with every documented key', async () => {
      const s = await newUser(t.url);
      for (const path of ['/api/v1/users/me', '/api/v1/auth/me']) {
        const res = await request(t.url).get(path).set(s.auth).expect(200);
        for (const key of S1_USER_KEYS) expect(res.body).toHaveProperty(key);
        expect(res.body).toMatchObject({ id: s.id, email: s.email });
      }
      const anonymous = await request(t.url).get('/api/v1/users/me').expect(401);
      expect(anonymous.body).toEqual({ detail: 'Not authenticated', status_code: 401 });
    });

    it('PUT /api/v1/users/me updates the profile; is_active only by a superuser (403)', async () => {
      const s = await newUser(t.url);
      const res = await request(t.url).put('/api/v1/users/me').set(s.auth).send({ full_name: 'Updated Name', is_active: true }).expect(200);
      expect(res.body).toMatchObject({ id: s.id, full_name: 'Updated Name', is_active: true });
      const refused = await request(t.url).put('/api/v1/users/me').set(s.auth).send({ is_active: false }).expect(403);
      expect(refused.body).toEqual({ detail: 'Only an administrator may change is_active', status_code: 403 });
      const typed = await request(t.url).put('/api/v1/users/me').set(s.auth).send({ is_active: 'no' }).expect(422);
      expect(typed.body.detail[0].loc).toEqual(['is_active']);
      const admin = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
      const superuser = await request(t.url).put('/api/v1/users/me').set(admin.auth).send({ is_active: true, full_name: 'Root' }).expect(200);
      expect(superuser.body).toMatchObject({ is_superuser: true, is_active: true, full_name: 'Root' });
    });

    it('POST /api/v1/auth/logout answers the message; the token is refused from then on', async () => {
      const s = await newUser(t.url);
      const res = await request(t.url).post('/api/v1/auth/logout').set(s.auth).expect(200);
      expect(res.body).toEqual({ message: 'Successfully logged out' });
      const refused = await request(t.url).get('/api/v1/users/me').set(s.auth).expect(401);
      expect(refused.body).toEqual({ detail: 'Token has been revoked', status_code: 401 });
    });
  });

  describe('API keys', () => {
    it('creates a key (secret shown once), lists it without secret, deactivates it', async () => {
      const s = await newUser(t.url);
      const created = await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: 'My Integration Key' }).expect(200);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'My Integration Key',
        key: expect.stringMatching(/^pk_[0-9a-f]{32}$/),
        secret: expect.stringMatching(/^sk_[A-Za-z0-9_-]{32}$/),
        is_active: true,
        usage_count: 0,
        created_at: expect.any(String),
        last_used_at: null,
      });
      const listed = await request(t.url).get('/api/v1/api-keys/').set(s.auth).expect(200);
      expect(listed.body).toEqual([
        {
          id: created.body.id,
          name: 'My Integration Key',
          key: created.body.key,
          is_active: true,
          usage_count: 0,
          created_at: created.body.created_at,
          last_used_at: null,
        },
      ]);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.secret.slice(3));

      const deleted = await request(t.url).delete(`/api/v1/api-keys/${created.body.id}`).set(s.auth).expect(200);
      expect(deleted.body).toEqual({ message: 'API key deactivated successfully' });
      const after = await request(t.url).get('/api/v1/api-keys').set(s.auth).expect(200);
      expect(after.body[0]).toMatchObject({ id: created.body.id, is_active: false });
    });

    it('refuses a key past API_KEYS_MAX_ACTIVE (400); a deactivated key frees its slot', async () => {
      const s = await newUser(t.url);
      const first = await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: 'one' }).expect(200);
      await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: 'two' }).expect(200);
      const third = await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: 'three' }).expect(400);
      expect(third.body).toEqual({ detail: expect.stringMatching(/^Maximum number of API keys reached/), status_code: 400 });
      await request(t.url).delete(`/api/v1/api-keys/${first.body.id}`).set(s.auth).expect(200);
      await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: 'three' }).expect(200);
    });

    it("answers 404 for another user's key or an unknown one", async () => {
      const owner = await newUser(t.url);
      const other = await newUser(t.url);
      const key = await request(t.url).post('/api/v1/api-keys/').set(owner.auth).send({ name: 'mine' }).expect(200);
      const res = await request(t.url).delete(`/api/v1/api-keys/${key.body.id}`).set(other.auth).expect(404);
      expect(res.body).toEqual({ detail: 'API key not found', status_code: 404 });
      await request(t.url).delete('/api/v1/api-keys/unknown-id').set(owner.auth).expect(404);
      expect((await request(t.url).get('/api/v1/api-keys/').set(other.auth).expect(200)).body).toEqual([]);
    });

    it('needs an access token (a key cannot manage keys) and a name', async () => {
      const s = await newUser(t.url);
      const key = await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: 'k' }).expect(200);
      await request(t.url).get('/api/v1/api-keys/').set(bearer(key.body.secret)).expect(401);
      await request(t.url).get('/api/v1/api-keys/').expect(401);
      const missing = await request(t.url).post('/api/v1/api-keys/').set(s.auth).send({}).expect(422);
      expect(missing.body.detail).toEqual([{ loc: ['name'], msg: 'field required', type: 'value_error.missing' }]);
    });
  });
});
