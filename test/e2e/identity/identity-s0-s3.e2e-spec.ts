import request from 'supertest';
import { startTestApp, TestApp } from '../../support/test-app';
import { verifyMailbox } from '../../support/mail-outbox';
import {
  bearer,
  claimsOf,
  FAST_HASH_ENV,
  loginS0,
  newUser,
  PASSWORD,
  registerS0,
  resign,
  uniqueEmail,
} from '../../support/identity-fixtures';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Identity on S0 (/api/auth/*) and S3 (POST /api/auth/login/)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(FAST_HASH_ENV);
  });
  afterAll(async () => t.close());

  describe('POST /api/auth/register', () => {
    it('answers 201 with the documented user keys, email lower-cased', async () => {
      const email = uniqueEmail('Reg');
      const res = await request(t.url)
        .post('/api/auth/register')
        .send({ email: email.toUpperCase(), password: PASSWORD, full_name: 'John Doe', role: 'candidate' })
        .expect(201);
      expect(res.body).toEqual(
        expect.objectContaining({ email: email.toLowerCase(), full_name: 'John Doe', role: 'candidate', is_active: true }),
      );
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(res.body.created_at).toISOString()).toBe(res.body.created_at);
      expect(res.body).not.toHaveProperty('password');
      expect(JSON.stringify(res.body)).not.toMatch(/scrypt|hash/i);
    });

    it('defaults the role to recruiter and refuses a self-made admin (422)', async () => {
      const res = await request(t.url).post('/api/auth/register').send({ email: uniqueEmail(), password: PASSWORD, full_name: 'R' }).expect(201);
      expect(res.body.role).toBe('recruiter');
      const admin = await request(t.url)
        .post('/api/auth/register')
        .send({ email: uniqueEmail(), password: PASSWORD, full_name: 'A', role: 'admin' })
        .expect(422);
      expect(admin.body.detail[0]).toMatchObject({ loc: ['role'], type: 'value_error.isin' });
    });

    it('answers missing fields with 422 and FastAPI-style detail (plus the S3 keys of the shared prefix)', async () => {
      const res = await request(t.url).post('/api/auth/register').send({ full_name: 'X' }).expect(422);
      expect(res.body.detail).toEqual(
        expect.arrayContaining([
          { loc: ['email'], msg: 'field required', type: 'value_error.missing' },
          { loc: ['password'], msg: 'field required', type: 'value_error.missing' },
        ]),
      );
      expect(res.body).toMatchObject({ error: 'Validation failed', code: 'VALIDATION_ERROR' });
      expect(res.body.details).toHaveProperty('email');
    });

    it('answers wrongly typed fields and a weak password with 422, the rule in the message', async () => {
      const typed = await request(t.url).post('/api/auth/register').send({ email: 42, password: 12345678, full_name: ['x'] }).expect(422);
      const fields = typed.body.detail.map((p: { loc: string[] }) => p.loc[0]);
      expect(new Set(fields)).toEqual(new Set(['email', 'password', 'full_name']));
      const weak = await request(t.url)
        .post('/api/auth/register')
        .send({ email: uniqueEmail(), password: 'securepassword', full_name: 'W' })
        .expect(422);
      expect(weak.body.detail).toEqual([
        expect.objectContaining({ loc: ['password'], type: 'value_error.isstrongpassword', msg: expect.stringMatching(/at least 8|8 to 256/) }),
      ]);
    });

    it('refuses the same registration sent twice, nothing verified (400, S0 detail)', async () => {
      const email = uniqueEmail();
      await registerS0(t.url, email);
      const res = await request(t.url).post('/api/auth/register').send({ email, password: PASSWORD, full_name: 'Test User', role: 'recruiter' }).expect(400);
      expect(res.body).toMatchObject({ detail: 'Email already registered', code: 'USER.EMAIL_TAKEN' });
    });

    it('refuses a duplicate of a verified email, whatever its case (400, S0 detail)', async () => {
      const email = uniqueEmail();
      await registerS0(t.url, email);
      await verifyMailbox(t.url, email);
      const res = await request(t.url)
        .post('/api/auth/register')
        .send({ email: `  ${email.toUpperCase()} `.trim(), password: PASSWORD, full_name: 'Dup' })
        .expect(400);
      expect(res.body).toMatchObject({ detail: 'Email already registered', code: 'USER.EMAIL_TAKEN' });
    });
  });

  describe('POST /api/auth/login (S0) and /api/auth/login/ (S3)', () => {
    it('answers the union of both documented bodies', async () => {
      const email = uniqueEmail();
      const id = await registerS0(t.url, email);
      for (const path of ['/api/auth/login', '/api/auth/login/']) {
        const res = await request(t.url).post(path).send({ email, password: PASSWORD }).expect(200);
        expect(res.body).toEqual({
          access_token: expect.any(String),
          refresh_token: expect.any(String),
          token_type: 'bearer',
          expires_in: 3600,
          access: res.body.access_token,
          refresh: res.body.refresh_token,
          user: { id, email, username: expect.any(String), full_name: 'Test User', role: 'recruiter' },
        });
        expect(claimsOf(res.body.access_token)).toMatchObject({ sub: id, typ: 'access' });
        expect(JSON.parse(Buffer.from(res.body.access_token.split('.')[0], 'base64url').toString()).alg).toBe('HS256');
      }
    });

    it('answers a wrong password and an unknown user alike: 401 "Invalid email or password"', async () => {
      const email = uniqueEmail();
      await registerS0(t.url, email);
      const wrong = await request(t.url).post('/api/auth/login').send({ email, password: 'Wrong-passw0rd' }).expect(401);
      const unknown = await request(t.url).post('/api/auth/login').send({ email: uniqueEmail('ghost'), password: PASSWORD }).expect(401);
      expect(wrong.body).toMatchObject({ detail: 'Invalid email or password', code: 'AUTH.INVALID_CREDENTIALS' });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('S3 spells errors for its login: 400 on a bad body, 401 with {error, details, code}', async () => {
      const bad = await request(t.url).post('/api/auth/login/').send({ email: 'x@y.io' }).expect(400);
      expect(bad.body).toMatchObject({ error: 'Validation failed', code: 'VALIDATION_ERROR', details: { password: ['field required'] } });
      const s0 = await request(t.url).post('/api/auth/login').send({ email: 'x@y.io' }).expect(422);
      expect(s0.body.detail).toEqual([{ loc: ['password'], msg: 'field required', type: 'value_error.missing' }]);
      const wrong = await request(t.url).post('/api/auth/login/').send({ email: 'x@y.io', password: 'nope-nope-1' }).expect(401);
      expect(wrong.body).toMatchObject({ error: 'Invalid email or password', details: 'Invalid email or password', code: 'AUTH.INVALID_CREDENTIALS' });
    });
  });

  describe('GET /api/auth/me', () => {
    it('returns the caller', async () => {
      const s = await newUser(t.url, 'candidate');
      const res = await request(t.url).get('/api/auth/me').set(s.auth).expect(200);
      expect(res.body).toMatchObject({ id: s.id, email: s.email, full_name: 'Test User', role: 'candidate', is_active: true });
    });

    it('refuses no token, a forged signature, alg none, an expired token and a refresh token (401)', async () => {
      const s = await newUser(t.url);
      const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claimsOf(s.accessToken))}.`;
      const wrongSignature = resign(s.accessToken, {}, 'not-the-secret');
      const elevated = `${s.accessToken.split('.')[0]}.${b64({ ...claimsOf(s.accessToken), sub: 'someone-else' })}.${s.accessToken.split('.')[2]}`;
      const expired = resign(s.accessToken, { exp: Math.floor(Date.now() / 1000) - 5 });
      const cases: [Record<string, string>, string][] = [
        [{}, 'Not authenticated'],
        [bearer('garbage'), 'Could not validate credentials'],
        [bearer(none), 'Could not validate credentials'],
        [bearer(wrongSignature), 'Could not validate credentials'],
        [bearer(elevated), 'Could not validate credentials'],
        [bearer(expired), 'Token has expired'],
        [bearer(s.refreshToken), 'Could not validate credentials'],
      ];
      for (const [headers, detail] of cases) {
        const res = await request(t.url).get('/api/auth/me').set(headers);
        expect({ status: res.status, detail: res.body.detail }).toEqual({ status: 401, detail });
      }
      await request(t.url).get('/api/auth/me').set(s.auth).expect(200);
    });
  });

  describe('POST /api/auth/refresh', () => {
    it('rotates: a new pair, the old refresh token spent; presenting it again revokes the whole family', async () => {
      const s = await newUser(t.url);
      const first = await request(t.url).post('/api/auth/refresh').send({ refresh_token: s.refreshToken }).expect(200);
      expect(first.body).toEqual({
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 3600,
        access: first.body.access_token,
        refresh: first.body.refresh_token,
      });
      expect(first.body.refresh_token).not.toBe(s.refreshToken);
      await request(t.url).get('/api/auth/me').set(bearer(first.body.access_token)).expect(200);

      const reused = await request(t.url).post('/api/auth/refresh').send({ refresh_token: s.refreshToken }).expect(401);
      expect(reused.body).toMatchObject({ code: 'AUTH.REFRESH_TOKEN_REUSED', detail: expect.stringMatching(/already used/) });
      // The family is gone: the newest pair and the original access token stop working too.
      await request(t.url).post('/api/auth/refresh').send({ refresh_token: first.body.refresh_token }).expect(401);
      await request(t.url).get('/api/auth/me').set(bearer(first.body.access_token)).expect(401);
      await request(t.url).get('/api/auth/me').set(s.auth).expect(401);
      // Another login is another family, untouched.
      const again = await loginS0(t.url, s.email);
      await request(t.url).get('/api/auth/me').set(again.auth).expect(200);
    });

    it('of two racing refreshes with one token, at most one wins and the family ends revoked', async () => {
      const s = await newUser(t.url);
      const answers = await Promise.all(
        [1, 2].map(() => request(t.url).post('/api/auth/refresh').send({ refresh_token: s.refreshToken })),
      );
      expect(answers.filter((a) => a.status === 200).length).toBeLessThanOrEqual(1);
      expect(answers.some((a) => a.status === 401)).toBe(true);
      for (const a of answers.filter((x) => x.status === 200)) {
        await request(t.url).get('/api/auth/me').set(bearer(a.body.access_token)).expect(401);
      }
    });

    it('refuses an access token, a forged one, a missing field (422)', async () => {
      const s = await newUser(t.url);
      await request(t.url).post('/api/auth/refresh').send({ refresh_token: s.accessToken }).expect(401);
      await request(t.url).post('/api/auth/refresh').send({ refresh_token: resign(s.refreshToken, {}, 'forged') }).expect(401);
      const missing = await request(t.url).post('/api/auth/refresh').send({}).expect(422);
      expect(missing.body.detail).toEqual([{ loc: ['refresh_token'], msg: 'field required', type: 'value_error.missing' }]);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('answers the message and refuses that access token (and its refresh token) from then on', async () => {
      const s = await newUser(t.url);
      const other = await loginS0(t.url, s.email);
      const res = await request(t.url).post('/api/auth/logout').set(s.auth).expect(200);
      expect(res.body).toEqual({ message: 'Successfully logged out' });
      const refused = await request(t.url).get('/api/auth/me').set(s.auth).expect(401);
      expect(refused.body).toMatchObject({ detail: 'Token has been revoked', code: 'AUTH.TOKEN_REVOKED' });
      await request(t.url).post('/api/auth/logout').set(s.auth).expect(401);
      await request(t.url).post('/api/auth/refresh').send({ refresh_token: s.refreshToken }).expect(401);
      // A token is the same on every surface.
      await request(t.url).get('/api/v1/users/me').set(s.auth).expect(401);
      await request(t.url).get('/auth/me').set(s.auth).expect(401);
      // The user's other login is not affected.
      await request(t.url).get('/api/auth/me').set(other.auth).expect(200);
    });

    it('needs a token', async () => {
      const res = await request(t.url).post('/api/auth/logout').expect(401);
      expect(res.body).toMatchObject({ detail: 'Not authenticated' });
    });
  });

  describe('OpenAPI', () => {
    it('documents every identity route of every surface with its request and response schemas', async () => {
      const doc = (await request(t.url).get('/openapi.json').expect(200)).body;
      const routes: [string, string, string | null, string][] = [
        ['post', '/api/auth/register', 'S0RegisterDto', '201'],
        ['post', '/api/auth/login', 'LoginDto', '200'],
        ['post', '/api/auth/refresh', 'RefreshTokenDto', '200'],
        ['post', '/api/auth/logout', null, '200'],
        ['get', '/api/auth/me', null, '200'],
        ['post', '/api/v1/auth/register', 'S1RegisterDto', '200'],
        ['post', '/api/v1/auth/login', 'S1LoginDto', '200'],
        ['post', '/api/v1/auth/logout', null, '200'],
        ['get', '/api/v1/auth/me', null, '200'],
        ['get', '/api/v1/users/me', null, '200'],
        ['put', '/api/v1/users/me', 'UpdateMeDto', '200'],
        ['post', '/api/v1/api-keys', 'CreateApiKeyDto', '200'],
        ['get', '/api/v1/api-keys', null, '200'],
        ['delete', '/api/v1/api-keys/{key_id}', null, '200'],
        ['post', '/auth/register', 'S4RegisterDto', '201'],
        ['post', '/auth/login', 'LoginDto', '200'],
        ['post', '/auth/refresh', 'RefreshTokenDto', '200'],
        ['post', '/auth/logout', null, '200'],
        ['get', '/auth/me', null, '200'],
        ['put', '/auth/me', 'UpdateMeDto', '200'],
        ['post', '/auth/forgot-password', 'ForgotPasswordDto', '200'],
        ['post', '/auth/reset-password', 'ResetPasswordDto', '200'],
        ['post', '/interviewer/settings/api-keys', 'CreateApiKeyDto', '201'],
        ['get', '/interviewer/settings/api-keys', null, '200'],
        ['delete', '/interviewer/settings/api-keys/{key_id}', null, '200'],
        ['get', '/admin/users', null, '200'],
        ['get', '/admin/users/{user_id}', null, '200'],
        ['put', '/admin/users/{user_id}', 'AdminUserUpdateDto', '200'],
        ['delete', '/admin/users/{user_id}', null, '200'],
        ['post', '/admin/users/{user_id}/suspend', 'SuspensionReasonDto', '200'],
        ['post', '/admin/users/{user_id}/activate', null, '200'],
      ];
      for (const [method, path, requestSchema, status] of routes) {
        const operation = doc.paths[path]?.[method];
        expect({ path, method, documented: Boolean(operation) }).toEqual({ path, method, documented: true });
        const response = JSON.stringify(operation.responses[status]?.content ?? null);
        expect({ path, response: /\$ref|"type":"array"/.test(response) }).toEqual({ path, response: true });
        if (requestSchema) expect(JSON.stringify(operation.requestBody)).toContain(`#/components/schemas/${requestSchema}`);
      }
      expect(Object.keys(doc.components.schemas.UserResponseDto.properties)).toEqual(
        expect.arrayContaining(['id', 'email', 'username', 'full_name', 'role', 'is_active', 'is_superuser', 'created_at']),
      );
      expect(doc.components.schemas.S4AdminUserResponseListPageEnvelope.properties).toHaveProperty('pagination');
      expect(doc.paths['/admin/users'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['page', 'size', 'search', 'status', 'date_from', 'date_to', 'sort_by', 'sort_order']),
      );
    });
  });
});
