import { request as httpRequest } from 'node:http';
import { startTestApp, TestApp } from '../support/test-app';
import { signUp } from '../support/interview-actors';

const PASSWORD = 'Sup3r-secret-pw';

/** POST /api/auth/login from a chosen loopback address (the server sees it as the client's address). */
function loginFrom(url: string, from: string, email: string, password: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const { port } = new URL(url);
  const payload = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, localAddress: from, method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Finding 5: the login lockout is keyed by account and client, and says nothing about which emails exist. */
describe('security: login lockout', () => {
  let t: TestApp;
  const victim = 'lockout-victim@example.com';
  const ATTACKER = '127.0.0.2';
  const VICTIM_HOST = '127.0.0.1';

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_SECONDS: '900', PASSWORD_HASH_COST: '1024' });
    await signUp(t.url, victim);
  });
  afterAll(async () => t.close());

  it('an anonymous caller failing from its address locks only itself out: the owner still logs in from elsewhere', async () => {
    for (let i = 0; i < 3; i += 1) expect((await loginFrom(t.url, ATTACKER, victim, 'wrong-password-1')).status).toBe(401);
    const locked = await loginFrom(t.url, ATTACKER, victim, PASSWORD);
    expect(locked.status).toBe(401);
    expect(locked.body.detail).toMatch(/temporarily locked/);

    const owner = await loginFrom(t.url, VICTIM_HOST, victim, PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.body.access_token).toEqual(expect.any(String));
  });

  it('an email of no account locks the same way, with the same answer: the lockout reveals no account', async () => {
    const ghost = 'nobody-here@example.com';
    const other = 'lockout-other@example.com';
    await signUp(t.url, other);
    for (let i = 0; i < 3; i += 1) {
      const [a, b] = await Promise.all([loginFrom(t.url, ATTACKER, ghost, 'wrong-password-1'), loginFrom(t.url, ATTACKER, other, 'wrong-password-1')]);
      expect(a).toEqual(b);
    }
    const [ghostLocked, realLocked] = await Promise.all([loginFrom(t.url, ATTACKER, ghost, 'x-password-1'), loginFrom(t.url, ATTACKER, other, 'x-password-1')]);
    expect(ghostLocked.status).toBe(401);
    expect(ghostLocked.body.detail).toMatch(/temporarily locked/);
    expect({ ...ghostLocked.body, detail: null, error_id: null }).toEqual({ ...realLocked.body, detail: null, error_id: null });
    expect(String(ghostLocked.body.detail).replace(/\d+ seconds/, 'N seconds')).toBe(String(realLocked.body.detail).replace(/\d+ seconds/, 'N seconds'));
  });
});
