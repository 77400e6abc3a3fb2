import { createHash } from 'node:crypto';
import request from 'supertest';
import { AccessToken } from 'livekit-server-sdk';
import { EVENT_STORE, EventStore } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

const LIVEKIT_KEY = 'APItestkey';
const LIVEKIT_SECRET = 'test-livekit-secret-of-at-least-32-bytes';

/** Signs a body the way the LiveKit server does: a JWT from the API key whose sha256 claim is the body's hash. */
async function sign(body: string, secret = LIVEKIT_SECRET): Promise<string> {
  const token = new AccessToken(LIVEKIT_KEY, secret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return token.toJwt();
}

/** POST /api/livekit/webhook: signed room events become interview events; forged ones change nothing. */
describe('LiveKit webhook', () => {
  let t: TestApp;
  let owner: Actor;
  let events: EventStore;
  let sessionId: string;
  let room: string;

  const webhook = (body: string, authorization?: string) => {
    const req = request(t.url).post('/api/livekit/webhook').set('Content-Type', 'application/webhook+json');
    return (authorization ? req.set('Authorization', authorization) : req).send(body);
  };
  const joined = (id: string) =>
    JSON.stringify({
      event: 'participant_joined',
      id,
      createdAt: Math.floor(Date.now() / 1000),
      room: { name: room, sid: 'RM_test' },
      participant: { identity: 'candidate-1', name: 'Jane Doe', sid: 'PA_test' },
    });
  const types = async () => (await events.readStream(`interview-${sessionId}`)).map((e) => e.type);

  beforeAll(async () => {
    t = await startTestApp({ LIVEKIT_API_KEY: LIVEKIT_KEY, LIVEKIT_API_SECRET: LIVEKIT_SECRET });
    events = t.app.get(EVENT_STORE);
    owner = await signUp(t.url, 'webhook-owner@example.com');
    const created = await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Webhook', candidate_email: 'c@example.com' }).expect(201);
    sessionId = created.body.id;
    room = created.body.livekit_room;
  });
  afterAll(async () => t.close());

  it('given a correctly signed participant_joined, then it is recorded once on the interview that owns the room', async () => {
    const body = joined('EV_joined_1');
    const res = await webhook(body, await sign(body)).expect(200);
    expect(res.body).toEqual({ received: true, recorded: true, interview_id: sessionId });
    expect(await types()).toContain('ParticipantJoined');

    // A redelivery of the same webhook appends nothing.
    const again = await webhook(body, await sign(body)).expect(200);
    expect(again.body.recorded).toBe(false);
    expect((await types()).filter((type) => type === 'ParticipantJoined')).toHaveLength(1);
  });

  it('given a forged signature, a tampered body or no signature, then 401 in the S0 format and nothing recorded', async () => {
    const before = await types();
    const body = joined('EV_forged');
    const forged = await webhook(body, await sign(body, 'not-the-secret-of-this-server')).expect(401);
    expect(forged.body).toEqual(expect.objectContaining({ detail: expect.stringMatching(/Webhook refused/) }));
    await webhook(joined('EV_tampered'), await sign(body)).expect(401);
    await webhook(body).expect(401);
    expect(await types()).toEqual(before);
  });

  it('given a room no interview owns, then it is acknowledged and nothing is recorded', async () => {
    const body = JSON.stringify({ event: 'room_finished', id: 'EV_other', room: { name: 'interview-000000000000' } });
    const res = await webhook(body, await sign(body)).expect(200);
    expect(res.body).toEqual({ received: true, recorded: false, interview_id: null });
  });
});
