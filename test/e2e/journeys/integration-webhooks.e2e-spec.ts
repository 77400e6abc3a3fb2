import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { startTestApp, TestApp } from '../../support/test-app';

interface Delivery {
  readonly signature: string;
  readonly body: string;
}

/** The integration's check, as the README shows it: HMAC-SHA256 of "<t>.<raw body>" with the webhook's secret. */
function signedBy(secret: string, delivery: Delivery): boolean {
  const parts = Object.fromEntries(delivery.signature.split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${delivery.body}`).digest('hex');
  return typeof parts.v1 === 'string' && parts.v1.length === expected.length && timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected));
}

/**
 * JOURNEYS.md 5, on a fresh DATA_DIR: an integration holds an S1 API key; it creates an interview and a room token
 * with it, receives the signed `interview.completed` and `score.ready` webhooks, verifies them, and fetches the score
 * with the same key.
 */
describe('journey 5: an integration with an API key and signed webhooks (S1)', () => {
  let t: TestApp;
  let receiver: Server;
  let hookUrl: string;
  const deliveries: Delivery[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        deliveries.push({ signature: String(req.headers['x-candor-signature']), body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  const delivered = async (type: string): Promise<Delivery> => {
    const until = Date.now() + 15_000;
    for (;;) {
      const found = deliveries.find((d) => JSON.parse(d.body).type === type);
      if (found) return found;
      if (Date.now() > until) throw new Error(`no ${type} webhook among ${deliveries.length} deliveries`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('from an API key to a verified score', async () => {
    await request(t.url).post('/api/v1/auth/register').send({ email: 'ats-owner@example.com', username: 'atsowner', full_name: 'ATS Owner', password: 'Sup3r-secret-pw' }).expect(200);
    const login = await request(t.url).post('/api/v1/auth/login').type('form').send({ username: 'ats-owner@example.com', password: 'Sup3r-secret-pw' }).expect(200);
    const owner = { Authorization: `Bearer ${login.body.access_token}` };
    const key = (await request(t.url).post('/api/v1/api-keys/').set(owner).send({ name: 'ATS' }).expect(200)).body;
    const withKey = { Authorization: `Bearer ${key.secret}` };
    const hook = (await request(t.url).post('/api/v1/webhooks/').set(owner).send({ url: hookUrl, events: ['interview.completed', 'score.ready'] }).expect(200)).body;

    const interview = (
      await request(t.url)
        .post('/api/v1/interviews/api/create')
        .set(withKey)
        .send({ title: 'Integration Interview', candidate_name: 'John Smith', candidate_email: 'john.smith@example.com', position: 'Data Scientist', interview_config: { duration: 45 } })
        .expect(200)
    ).body;
    const token = (await request(t.url).post(`/api/v1/interviews/api/${interview.id}/token`).set(withKey).expect(200)).body;
    expect(token).toMatchObject({ token: expect.stringMatching(/^ey/), room_name: interview.room_name, participant_name: 'John Smith' });

    await request(t.url).post(`/api/v1/interviews/${interview.id}/start`).set(owner).expect(200);
    await request(t.url).post(`/api/v1/interviews/${interview.id}/complete`).set(owner).expect(200);

    for (const type of ['interview.completed', 'score.ready']) {
      const delivery = await delivered(type);
      expect(signedBy(hook.secret, delivery)).toBe(true);
      expect(signedBy('whsec_not-the-secret', delivery)).toBe(false);
      expect(JSON.parse(delivery.body)).toMatchObject({ type, data: expect.objectContaining({ interview_id: interview.id }) });
    }

    const scored = (await request(t.url).get(`/api/v1/interviews/api/${interview.id}/score`).set(withKey).expect(200)).body;
    expect(scored).toMatchObject({ id: interview.id, status: 'completed', technical_score: expect.any(Number), overall_feedback: expect.any(String) });
    const keys = (await request(t.url).get('/api/v1/api-keys/').set(owner).expect(200)).body;
    expect(keys).toEqual([expect.objectContaining({ id: key.id, usage_count: 3, last_used_at: expect.any(String) })]);
  }, 60_000);
});
