import request from 'supertest';
import { journeyApp } from '../../support/journey-app';
import { eventually, Receiver, Received, verify } from '../../support/webhook-receiver';

/**
 * JOURNEYS.md 5, on a fresh DATA_DIR: an integration holds an S1 API key; it creates an interview and a room token
 * with it, receives the signed `interview.completed` and `score.ready` webhooks, verifies them, and fetches the score
 * with the same key.
 */
describe('journey 5: an integration with an API key and signed webhooks (S1)', () => {
  const journey = journeyApp();
  const receiver = new Receiver();
  beforeAll(() => receiver.start());
  afterAll(() => receiver.close());

  const delivered = async (type: string): Promise<Received> => {
    const ofType = (all: Received[]) => all.find((d) => JSON.parse(d.body).type === type);
    const found = ofType(await eventually(async () => receiver.received, (all) => ofType(all) !== undefined, 15_000));
    if (!found) throw new Error(`no ${type} webhook among ${receiver.received.length} deliveries`);
    return found;
  };

  it('from an API key to a verified score', async () => {
    const t = journey.app;
    await request(t.url).post('/api/v1/auth/register').send({ email: 'ats-owner@example.com', username: 'atsowner', full_name: 'ATS Owner', password: 'Sup3r-secret-pw' }).expect(200);
    const login = await request(t.url).post('/api/v1/auth/login').type('form').send({ username: 'ats-owner@example.com', password: 'Sup3r-secret-pw' }).expect(200);
    const owner = { Authorization: `Bearer ${login.body.access_token}` };
    const key = (await request(t.url).post('/api/v1/api-keys/').set(owner).send({ name: 'ATS' }).expect(200)).body;
    const withKey = { Authorization: `Bearer ${key.secret}` };
    const hook = (await request(t.url).post('/api/v1/webhooks/').set(owner).send({ url: receiver.url, events: ['interview.completed', 'score.ready'] }).expect(200)).body;

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
      const signature = String(delivery.headers['x-candor-signature']);
      expect(verify(hook.secret, signature, delivery.body)).toBe(true);
      expect(verify('whsec_not-the-secret', signature, delivery.body)).toBe(false);
      expect(JSON.parse(delivery.body)).toMatchObject({ type, data: expect.objectContaining({ interview_id: interview.id }) });
    }

    const scored = (await request(t.url).get(`/api/v1/interviews/api/${interview.id}/score`).set(withKey).expect(200)).body;
    expect(scored).toMatchObject({ id: interview.id, status: 'completed', technical_score: expect.any(Number), overall_feedback: expect.any(String) });
    const keys = (await request(t.url).get('/api/v1/api-keys/').set(owner).expect(200)).body;
    expect(keys).toEqual([expect.objectContaining({ id: key.id, usage_count: 3, last_used_at: expect.any(String) })]);
  }, 60_000);
});
