import request from 'supertest';
import { TestApp, startTestApp } from '../support/test-app';

/**
 * Behind the compose stack's reverse proxy every request comes from the proxy's address: with TRUST_PROXY the
 * rate limits count per client (X-Forwarded-For), without it a forged header changes nothing.
 */
const SCALE = '0.05'; // the S0 limit of 60 per minute becomes 3

/** Sends login attempts from one forwarded client until the limit refuses one; the statuses, in order. */
async function exhaustLogin(t: TestApp, client: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const res = await request(t.url).post('/api/auth/login').set('X-Forwarded-For', client).send({});
    expect(res.headers['x-ratelimit-limit']).toBe('3');
    statuses.push(res.status);
  }
  return statuses;
}

describe('rate limits per client behind a proxy (TRUST_PROXY)', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('given TRUST_PROXY=true, when one forwarded client spends its login budget, then another forwarded client still gets through', async () => {
    t = await startTestApp({ RATE_LIMIT_SCALE: SCALE, TRUST_PROXY: 'true' });
    const first = await exhaustLogin(t, '203.0.113.7');
    expect(first.slice(0, 3)).not.toContain(429);
    expect(first[3]).toBe(429);
    const other = await request(t.url).post('/api/auth/login').set('X-Forwarded-For', '203.0.113.8').send({});
    expect(other.status).not.toBe(429);
    expect(other.headers['x-ratelimit-remaining']).toBe('2');
  });

  it('given no TRUST_PROXY, X-Forwarded-For is ignored: every request counts against the peer address', async () => {
    t = await startTestApp({ RATE_LIMIT_SCALE: SCALE });
    await exhaustLogin(t, '203.0.113.7');
    const forged = await request(t.url).post('/api/auth/login').set('X-Forwarded-For', '203.0.113.8').send({});
    expect(forged.status).toBe(429);
  });
});
