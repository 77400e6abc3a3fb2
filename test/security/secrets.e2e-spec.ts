import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AccessToken } from 'livekit-server-sdk';
import { loadConfig } from '@candor/infrastructure/config/app-config';
import { JwtTokenSigner } from '@candor/infrastructure/crypto/jwt-token-signer.adapter';
import { startTestApp, TestApp } from '../support/test-app';
import { startServerProcess } from '../support/server-process';
import { ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';

const PUBLISHED_SECRET = 'candor-dev-secret-change-me';
const STRONG = 'x'.repeat(40);
const LIVEKIT_OK = { LIVEKIT_API_KEY: 'APIprodkey', LIVEKIT_API_SECRET: 'a-livekit-secret-that-is-long-enough-123' };

/** Finding 1: no published or missing secret signs tokens or webhooks. */
describe('security: secrets', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'candor-sec-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('outside development, a missing, published or short JWT_SECRET stops the start and names the variable', () => {
    const base = { NODE_ENV: 'production', DATA_DIR: dir(), ...LIVEKIT_OK };
    expect(() => loadConfig({ ...base })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...base, JWT_SECRET: PUBLISHED_SECRET })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ ...base, JWT_SECRET: STRONG }).jwtSecret).toBe(STRONG);
  });

  it('outside development, missing or public LiveKit keys stop the start and name the variable', () => {
    const base = { NODE_ENV: 'production', DATA_DIR: dir(), JWT_SECRET: STRONG };
    expect(() => loadConfig({ ...base })).toThrow(/LIVEKIT_API_KEY/);
    expect(() => loadConfig({ ...base, LIVEKIT_API_KEY: 'devkey', LIVEKIT_API_SECRET: 'secret' })).toThrow(/LIVEKIT_API_KEY/);
    expect(() => loadConfig({ ...base, LIVEKIT_API_KEY: 'APIprodkey', LIVEKIT_API_SECRET: 'secret' })).toThrow(/LIVEKIT_API_SECRET/);
    expect(loadConfig({ ...base, ...LIVEKIT_OK }).liveKit.apiKey).toBe('APIprodkey');
  });

  it('a production server process without JWT_SECRET exits non-zero and says which variable to set', async () => {
    await expect(startServerProcess(dir(), { NODE_ENV: 'production', JWT_SECRET: '', ...LIVEKIT_OK })).rejects.toThrow(
      /exited early[\s\S]*JWT_SECRET/,
    );
  }, 60_000);

  describe('development without JWT_SECRET', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ JWT_SECRET: '', ...ADMIN_ENV });
    });
    afterAll(async () => t.close());

    it('generates its own secret into DATA_DIR (0600), and a token signed with the published default is refused', async () => {
      expect(t.config.jwtSecret).not.toBe(PUBLISHED_SECRET);
      expect(Buffer.byteLength(t.config.jwtSecret)).toBeGreaterThanOrEqual(32);
      expect(statSync(join(t.dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);

      const admin = await logIn(t.url, ADMIN.email, ADMIN.password);
      await request(t.url).get('/api/auth/me').set(admin.auth).expect(200);
      const forged = new JwtTokenSigner(PUBLISHED_SECRET).sign({ sub: admin.id, typ: 'access', jti: randomUUID(), fid: randomUUID(), ep: 0 }, 3600);
      await request(t.url).get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
      await request(t.url).get('/admin/users').set('Authorization', `Bearer ${forged}`).expect(401);
    });

    it('a room_finished webhook signed with the public devkey/secret pair is refused and the interview stays in progress', async () => {
      const owner = await signUp(t.url, 'lk-owner@example.com');
      const created = await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'LK', candidate_email: 'c@example.com' }).expect(201);
      await request(t.url).post(`/api/v1/interviews/${created.body.id}/start`).set(owner.auth).expect(200);
      const body = JSON.stringify({ event: 'room_finished', id: 'EV_forged', createdAt: Math.floor(Date.now() / 1000), room: { name: created.body.livekit_room } });
      const token = new AccessToken('devkey', 'secret');
      token.sha256 = createHash('sha256').update(body).digest('base64');
      await request(t.url)
        .post('/api/livekit/webhook')
        .set('Content-Type', 'application/webhook+json')
        .set('Authorization', await token.toJwt())
        .send(body)
        .expect(401);
      const after = await request(t.url).get(`/api/sessions/${created.body.id}`).set(owner.auth).expect(200);
      expect(after.body.status).toBe('active');
    });
  });
});
