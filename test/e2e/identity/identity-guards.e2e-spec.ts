import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, UseGuards } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthenticatedUser, TOKEN_VERIFIER, TokenVerifier } from '@candor/application';
import { DomainError } from '@candor/domain';
import { loadConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { AppModule } from '../../../apps/api/src/composition/app.module';
import { AnyAuthGuard } from '../../../apps/api/src/http/auth/any-auth.guard';
import { ApiKeyAuthGuard } from '../../../apps/api/src/http/auth/api-key-auth.guard';
import { CurrentUser } from '../../../apps/api/src/http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../apps/api/src/http/auth/jwt-auth.guard';
import { Roles } from '../../../apps/api/src/http/auth/roles.decorator';
import { RolesGuard } from '../../../apps/api/src/http/auth/roles.guard';
import { createValidationPipe } from '../../../apps/api/src/http/validation.pipe';
import { bearer, claimsOf, IDENTITY_ENV, loginS0, newUser, Session, TEST_ADMIN } from '../../support/identity-fixtures';

/** Routes that exist only in this test: each guard, as other contexts' controllers use it. */
@Controller('api/v1/probe')
class ProbeController {
  @Get('key')
  @UseGuards(ApiKeyAuthGuard)
  key(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @Get('any')
  @UseGuards(AnyAuthGuard)
  any(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @Get('recruiters')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('recruiter')
  recruiters(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}

describe('Auth guards and TOKEN_VERIFIER (the real app plus probe routes)', () => {
  let app: NestFastifyApplication;
  let url: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'candor-guards-'));
    const config = loadConfig({ DATA_DIR: dataDir, RATE_LIMIT_SCALE: '0', LOG_LEVEL: 'error', JWT_SECRET: 'test-secret', ...IDENTITY_ENV });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config, new JsonLogger(config.logLevel))],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter({ routerOptions: { ignoreTrailingSlash: true } }));
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function createKey(s: Session, name = 'probe key'): Promise<{ id: string; key: string; secret: string }> {
    return (await request(url).post('/api/v1/api-keys/').set(s.auth).send({ name }).expect(200)).body;
  }

  describe('ApiKeyAuthGuard', () => {
    it('authenticates `Bearer sk_…` and `Bearer pk_…:sk_…` as the key owner', async () => {
      const s = await newUser(url);
      const key = await createKey(s);
      const bySecret = await request(url).get('/api/v1/probe/key').set(bearer(key.secret)).expect(200);
      expect(bySecret.body).toMatchObject({ id: s.id, email: s.email, via: 'api_key', apiKeyId: key.id, role: 'recruiter' });
      const byPair = await request(url).get('/api/v1/probe/key').set(bearer(`${key.key}:${key.secret}`)).expect(200);
      expect(byPair.body).toMatchObject({ id: s.id, via: 'api_key', apiKeyId: key.id });
    });

    it('counts every authenticated call (usage_count, last_used_at)', async () => {
      const s = await newUser(url);
      const key = await createKey(s);
      for (let i = 0; i < 3; i += 1) await request(url).get('/api/v1/probe/key').set(bearer(key.secret)).expect(200);
      await request(url).get('/api/v1/probe/key').set(bearer('sk_wrong_wrong_wrong_wrong_wrong_wr')).expect(401);
      const [listed] = (await request(url).get('/api/v1/api-keys/').set(s.auth).expect(200)).body;
      expect(listed).toMatchObject({ id: key.id, usage_count: 3 });
      expect(Date.now() - Date.parse(listed.last_used_at)).toBeLessThan(60_000);
    });

    it('refuses (401) a deactivated key, an unknown secret, a mismatched public key, an access token and nothing', async () => {
      const s = await newUser(url);
      const key = await createKey(s);
      const other = await createKey(s, 'other');
      await request(url).delete(`/api/v1/api-keys/${key.id}`).set(s.auth).expect(200);
      const cases: [Record<string, string>, string][] = [
        [bearer(key.secret), 'Invalid or inactive API key'],
        [bearer(`sk_${'x'.repeat(32)}`), 'Invalid or inactive API key'],
        [bearer(`${key.key}:${other.secret}`), 'Invalid or inactive API key'],
        [bearer(key.key), 'Invalid or inactive API key'],
        [bearer(s.accessToken), 'Invalid or inactive API key'],
        [{}, 'Not authenticated'],
      ];
      for (const [headers, detail] of cases) {
        const res = await request(url).get('/api/v1/probe/key').set(headers);
        expect({ status: res.status, body: res.body }).toEqual({ status: 401, body: { detail, status_code: 401 } });
      }
      await request(url).get('/api/v1/probe/key').set(bearer(other.secret)).expect(200);
    });

    it("refuses the key of a suspended user (401)", async () => {
      const s = await newUser(url);
      const key = await createKey(s);
      const admin = await loginS0(url, TEST_ADMIN.email, TEST_ADMIN.password);
      await request(url).post(`/admin/users/${s.id}/suspend`).set(admin.auth).send({ reason: 'test' }).expect(200);
      await request(url).get('/api/v1/probe/key').set(bearer(key.secret)).expect(401);
    });
  });

  describe('AnyAuthGuard', () => {
    it('accepts an access token or an API key, and refuses revoked tokens with the reason', async () => {
      const s = await newUser(url);
      const key = await createKey(s);
      expect((await request(url).get('/api/v1/probe/any').set(s.auth).expect(200)).body).toMatchObject({ id: s.id, via: 'jwt' });
      expect((await request(url).get('/api/v1/probe/any').set(bearer(key.secret)).expect(200)).body).toMatchObject({ id: s.id, via: 'api_key' });
      await request(url).get('/api/v1/probe/any').set(bearer('not-a-token')).expect(401);
      await request(url).post('/api/auth/logout').set(s.auth).expect(200);
      const revoked = await request(url).get('/api/v1/probe/any').set(s.auth).expect(401);
      expect(revoked.body).toEqual({ detail: 'Token has been revoked', status_code: 401 });
    });
  });

  describe('RolesGuard', () => {
    it('admits the route\'s roles and admins; others get 403', async () => {
      const recruiter = await newUser(url, 'recruiter');
      const candidate = await newUser(url, 'candidate');
      const admin = await loginS0(url, TEST_ADMIN.email, TEST_ADMIN.password);
      await request(url).get('/api/v1/probe/recruiters').set(recruiter.auth).expect(200);
      await request(url).get('/api/v1/probe/recruiters').set(admin.auth).expect(200);
      const refused = await request(url).get('/api/v1/probe/recruiters').set(candidate.auth).expect(403);
      expect(refused.body).toEqual({ detail: 'This route is for recruiter accounts', status_code: 403 });
    });
  });

  describe('TOKEN_VERIFIER (what the WebSocket gateways use)', () => {
    it('verifies an access token into the caller and refuses revoked, forged and refresh tokens', async () => {
      const verifier = app.get<TokenVerifier>(TOKEN_VERIFIER);
      const s = await newUser(url, 'interviewer');
      await expect(verifier.verifyAccessToken(s.accessToken)).resolves.toMatchObject({
        id: s.id,
        email: s.email,
        role: 'interviewer',
        via: 'jwt',
        tokenId: claimsOf(s.accessToken).jti,
      });
      const refusal = (token: string) => verifier.verifyAccessToken(token).then(() => null, (error: DomainError) => [error.kind, error.code]);
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${s.accessToken.split('.')[1]}.`;
      expect(await refusal(none)).toEqual(['unauthorized', 'AUTH.INVALID_TOKEN']);
      expect(await refusal(s.refreshToken)).toEqual(['unauthorized', 'AUTH.INVALID_TOKEN']);
      await request(url).post('/api/v1/auth/logout').set(s.auth).expect(200);
      expect(await refusal(s.accessToken)).toEqual(['unauthorized', 'AUTH.TOKEN_REVOKED']);
    });
  });
});
