import { startTestApp, TestApp } from '../../support/test-app';
import { verifyMailbox } from '../../support/mail-outbox';
import { IDENTITY_ENV, loginS0, newUser, PASSWORD, TEST_ADMIN, uniqueEmail } from '../../support/identity-fixtures';
import { expectStatus, typedClient } from '../../support/typed-client';
import type { Schemas } from '../../../clients/typescript';

const S1_USER_KEYS = ['id', 'email', 'username', 'full_name', 'is_active', 'is_superuser', 'created_at'];
type RegisterBody = Schemas['S1RegisterDto'];
type LoginBody = Schemas['S1LoginDto'];

/** S1 identity, every call through the typed client generated from /openapi.json (clients/typescript). */
describe('Identity on S1 (/api/v1/auth/*, /api/v1/users/me, /api/v1/api-keys/*)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, API_KEYS_MAX_ACTIVE: '2' });
  });
  afterAll(async () => t.close());

  const api = (token?: string) => typedClient(t.url, token);
  const registerS1 = (body: RegisterBody) => api().POST('/api/v1/auth/register', { body });
  const loginJson = (body: LoginBody) => api().POST('/api/v1/auth/login', { body });
  /** The OAuth2 password form (`application/x-www-form-urlencoded`), or multipart form data. */
  const loginForm = (fields: Record<string, string>, multipart = false) =>
    api().POST('/api/v1/auth/login', {
      body: fields as LoginBody,
      bodySerializer: (body) => {
        const entries = Object.entries(body as Record<string, string>);
        if (!multipart) return new URLSearchParams(entries).toString();
        const form = new FormData();
        for (const [name, value] of entries) form.append(name, value);
        return form;
      },
      headers: multipart ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' },
    });

  describe('POST /api/v1/auth/register', () => {
    it('answers 200 with every documented key', async () => {
      const email = uniqueEmail();
      const username = `u${Date.now().toString(36)}`;
      const res = await expectStatus(registerS1({ email, username, full_name: 'New User', password: PASSWORD }), 200);
      for (const key of S1_USER_KEYS) expect(res.data).toHaveProperty(key);
      expect(res.data).toMatchObject({ email, username, full_name: 'New User', is_active: true, is_superuser: false });
    });

    it('derives the username from the email when it is not given', async () => {
      const res = await expectStatus(registerS1({ email: 'Derived.Name+tag@Example.com', full_name: 'D', password: PASSWORD }), 200);
      expect(res.data!.username).toBe('derived.name');
      const second = await expectStatus(registerS1({ email: 'derived.name@other.example.com', full_name: 'D2', password: PASSWORD }), 200);
      expect(second.data!.username).toMatch(/^derived\.name\d+$/);
    });

    it('answers 400 to the same registration sent twice, nothing verified (CONTRACTS: "400 if email or username exists")', async () => {
      const body = { email: uniqueEmail(), username: `twice${Date.now().toString(36)}`, full_name: 'Twice', password: PASSWORD };
      const first = await expectStatus(registerS1(body), 200);
      const second = await expectStatus(registerS1(body), 400);
      expect(second.error).toEqual({ detail: 'Email already registered', status_code: 400 });
      // The first account is untouched: it still logs in.
      await expectStatus(loginJson({ username: body.email, password: PASSWORD } as LoginBody), 200);
      expect(first.data!.email).toBe(body.email.toLowerCase());
    });

    it('answers 400 {detail, status_code} when the verified email or the username (any case) exists', async () => {
      const email = uniqueEmail();
      const username = `dup${Date.now().toString(36)}`;
      await expectStatus(registerS1({ email, username, full_name: 'A', password: PASSWORD }), 200);
      await verifyMailbox(t.url, email);
      const sameEmail = await expectStatus(registerS1({ email: email.toUpperCase(), username: `${username}x`, full_name: 'B', password: PASSWORD }), 400);
      expect(sameEmail.error).toEqual({ detail: 'Email already registered', status_code: 400 });
      const sameName = await expectStatus(registerS1({ email: uniqueEmail(), username: username.toUpperCase(), full_name: 'C', password: PASSWORD }), 400);
      expect(sameName.error).toEqual({ detail: 'Username already taken', status_code: 400 });
    });

    it('answers 422 with a detail list on missing or wrongly typed fields', async () => {
      const missing = await expectStatus(registerS1({ username: 'someone' } as RegisterBody), 422);
      expect(missing.error!.status_code).toBe(422);
      expect(missing.error!.detail).toEqual(
        expect.arrayContaining([
          { loc: ['email'], msg: 'field required', type: 'value_error.missing' },
          { loc: ['password'], msg: 'field required', type: 'value_error.missing' },
        ]),
      );
      const typed = await expectStatus(registerS1({ email: 'not-an-email', username: 'x y', password: 5 as unknown as string }), 422);
      expect(new Set((typed.error!.detail as { loc: string[] }[]).map((p) => p.loc[0]))).toEqual(new Set(['email', 'username', 'password']));
    });
  });

  describe('POST /api/v1/auth/login', () => {
    let email: string;
    let username: string;
    beforeAll(async () => {
      email = uniqueEmail();
      username = `login${Date.now().toString(36)}`;
      await expectStatus(registerS1({ email, username, full_name: 'L', password: PASSWORD }), 200);
    });

    const expectTokens = (body: unknown) =>
      expect(body).toEqual({ access_token: expect.any(String), token_type: 'bearer', refresh_token: expect.any(String), expires_in: 3600 });

    it('accepts the OAuth2 form with the email or the username as `username`', async () => {
      expectTokens((await expectStatus(loginForm({ username: email, password: PASSWORD }), 200)).data);
      expectTokens((await expectStatus(loginForm({ username, password: PASSWORD }), 200)).data);
    });

    it('accepts multipart form data', async () => {
      expectTokens((await expectStatus(loginForm({ username: email, password: PASSWORD }, true), 200)).data);
    });

    it('accepts JSON with email or username', async () => {
      expectTokens((await expectStatus(loginJson({ email, password: PASSWORD }), 200)).data);
      expectTokens((await expectStatus(loginJson({ username, password: PASSWORD }), 200)).data);
    });

    it('answers 401 {detail, status_code} on a wrong password or an unknown user', async () => {
      const wrong = await expectStatus(loginForm({ username: email, password: 'Wrong-passw0rd' }), 401);
      expect(wrong.error).toEqual({ detail: 'Invalid email or password', status_code: 401 });
      const unknown = await expectStatus(loginForm({ username: 'nobody-here', password: PASSWORD }), 401);
      expect(unknown.error).toEqual(wrong.error);
    });

    it('answers 422 on missing or wrongly typed fields, form or JSON', async () => {
      const form = await expectStatus(loginForm({ password: PASSWORD }), 422);
      expect(form.error).toEqual({ detail: [{ loc: ['username'], msg: 'field required', type: 'value_error.missing' }], status_code: 422 });
      const json = await expectStatus(loginJson({ username: email } as LoginBody), 422);
      expect(json.error!.detail).toEqual([{ loc: ['password'], msg: 'field required', type: 'value_error.missing' }]);
      const typed = await expectStatus(loginJson({ username: 7 as unknown as string, password: PASSWORD }), 422);
      expect((typed.error!.detail as { loc: string[] }[])[0].loc).toEqual(['username']);
    });
  });

  describe('logout, /auth/me and /users/me', () => {
    it('GET /api/v1/users/me and /api/v1/auth/me return the caller with every documented key', async () => {
      const s = await newUser(t.url);
      for (const answer of [api(s.accessToken).GET('/api/v1/users/me'), api(s.accessToken).GET('/api/v1/auth/me')]) {
        const res = await expectStatus(answer, 200);
        for (const key of S1_USER_KEYS) expect(res.data).toHaveProperty(key);
        expect(res.data).toMatchObject({ id: s.id, email: s.email });
      }
      const anonymous = await expectStatus(api().GET('/api/v1/users/me'), 401);
      expect(anonymous.error).toEqual({ detail: 'Not authenticated', status_code: 401 });
    });

    it('PUT /api/v1/users/me updates the profile; is_active only by a superuser (403)', async () => {
      const s = await newUser(t.url);
      const me = api(s.accessToken);
      const res = await expectStatus(me.PUT('/api/v1/users/me', { body: { full_name: 'Updated Name', is_active: true } }), 200);
      expect(res.data).toMatchObject({ id: s.id, full_name: 'Updated Name', is_active: true });
      const refused = await expectStatus(me.PUT('/api/v1/users/me', { body: { is_active: false } }), 403);
      expect(refused.error).toEqual({ detail: 'Only an administrator may change is_active', status_code: 403 });
      const typed = await expectStatus(me.PUT('/api/v1/users/me', { body: { is_active: 'no' as unknown as boolean } }), 422);
      expect((typed.error!.detail as { loc: string[] }[])[0].loc).toEqual(['is_active']);
      const admin = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
      const superuser = await expectStatus(api(admin.accessToken).PUT('/api/v1/users/me', { body: { is_active: true, full_name: 'Root' } }), 200);
      expect(superuser.data).toMatchObject({ is_superuser: true, is_active: true, full_name: 'Root' });
    });

    it('POST /api/v1/auth/logout answers the message; the token is refused from then on', async () => {
      const s = await newUser(t.url);
      const res = await expectStatus(api(s.accessToken).POST('/api/v1/auth/logout'), 200);
      expect(res.data).toEqual({ message: 'Successfully logged out' });
      const refused = await expectStatus(api(s.accessToken).GET('/api/v1/users/me'), 401);
      expect(refused.error).toEqual({ detail: 'Token has been revoked', status_code: 401 });
    });
  });

  describe('API keys', () => {
    const deactivate = (token: string, keyId: string) => api(token).DELETE('/api/v1/api-keys/{key_id}', { params: { path: { key_id: keyId } } });

    it('creates a key (secret shown once), lists it without secret, deactivates it', async () => {
      const s = await newUser(t.url);
      const me = api(s.accessToken);
      const created = (await expectStatus(me.POST('/api/v1/api-keys', { body: { name: 'My Integration Key' } }), 200)).data!;
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'My Integration Key',
        key: expect.stringMatching(/^pk_[0-9a-f]{32}$/),
        secret: expect.stringMatching(/^sk_[A-Za-z0-9_-]{32}$/),
        is_active: true,
        usage_count: 0,
        created_at: expect.any(String),
        last_used_at: null,
      });
      const listed = (await expectStatus(me.GET('/api/v1/api-keys'), 200)).data;
      expect(listed).toEqual([
        { id: created.id, name: 'My Integration Key', key: created.key, is_active: true, usage_count: 0, created_at: created.created_at, last_used_at: null },
      ]);
      expect(JSON.stringify(listed)).not.toContain(created.secret.slice(3));

      const deleted = await expectStatus(deactivate(s.accessToken, created.id), 200);
      expect(deleted.data).toEqual({ message: 'API key deactivated successfully' });
      const after = (await expectStatus(me.GET('/api/v1/api-keys'), 200)).data!;
      expect(after[0]).toMatchObject({ id: created.id, is_active: false });
    });

    it('refuses a key past API_KEYS_MAX_ACTIVE (400); a deactivated key frees its slot', async () => {
      const s = await newUser(t.url);
      const create = (name: string) => api(s.accessToken).POST('/api/v1/api-keys', { body: { name } });
      const first = (await expectStatus(create('one'), 200)).data!;
      await expectStatus(create('two'), 200);
      const third = await expectStatus(create('three'), 400);
      expect(third.error).toEqual({ detail: expect.stringMatching(/^Maximum number of API keys reached/), status_code: 400 });
      await expectStatus(deactivate(s.accessToken, first.id), 200);
      await expectStatus(create('three'), 200);
    });

    it("answers 404 for another user's key or an unknown one", async () => {
      const owner = await newUser(t.url);
      const other = await newUser(t.url);
      const key = (await expectStatus(api(owner.accessToken).POST('/api/v1/api-keys', { body: { name: 'mine' } }), 200)).data!;
      const res = await expectStatus(deactivate(other.accessToken, key.id), 404);
      expect(res.error).toEqual({ detail: 'API key not found', status_code: 404 });
      await expectStatus(deactivate(owner.accessToken, 'unknown-id'), 404);
      expect((await expectStatus(api(other.accessToken).GET('/api/v1/api-keys'), 200)).data).toEqual([]);
    });

    it('needs an access token (a key cannot manage keys) and a name', async () => {
      const s = await newUser(t.url);
      const key = (await expectStatus(api(s.accessToken).POST('/api/v1/api-keys', { body: { name: 'k' } }), 200)).data!;
      await expectStatus(api(key.secret).GET('/api/v1/api-keys'), 401);
      await expectStatus(api().GET('/api/v1/api-keys'), 401);
      const missing = await expectStatus(api(s.accessToken).POST('/api/v1/api-keys', { body: {} as Schemas['CreateApiKeyDto'] }), 422);
      expect(missing.error!.detail).toEqual([{ loc: ['name'], msg: 'field required', type: 'value_error.missing' }]);
    });
  });
});
