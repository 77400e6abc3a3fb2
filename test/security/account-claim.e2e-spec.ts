import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { logIn } from '../support/interview-actors';
import { claimTokensMailedTo } from '../support/mail-outbox';
import { eventually, Receiver } from '../support/webhook-receiver';

const ATTACKER_PASSWORD = 'Att4cker-secret-pw';
const OWNER_PASSWORD = 'Real-0wner-secret';
const bearer = (credential: string) => ({ Authorization: `Bearer ${credential}` });
const uploadCv = (t: TestApp, auth: Record<string, string>, name: string) =>
  request(t.url)
    .post('/api/candidates/upload_cv/')
    .set(auth)
    .attach('cv_file', Buffer.from(`${name}\n`), { filename: 'cv.txt', contentType: 'text/plain' })
    .expect(201);

/**
 * An account claim hands the address's owner an account someone else opened unverified. Whatever that earlier
 * holder set up to reach the account from outside (API keys, webhooks) must not survive the claim: once the
 * address is verified the account sees the interviews addressed to it, and the owner's own work.
 */
describe('security: an account claim revokes what the earlier holder set up', () => {
  let t: TestApp;
  let attackerHooks: Receiver;
  let ownerHooks: Receiver;
  const victim = 'claimed.victim@example.com';
  let attackerKey: { id: string; secret: string; key: string };
  let attackerHookId: string;
  let attackerRefreshToken: string;

  beforeAll(async () => {
    [attackerHooks, ownerHooks] = [new Receiver(), new Receiver()];
    await Promise.all([attackerHooks.start(), ownerHooks.start()]);
    t = await startTestApp({ PASSWORD_HASH_COST: '1024', WEBHOOK_ALLOW_PRIVATE: 'true' });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([attackerHooks.close(), ownerHooks.close()]);
  });

  it('the earlier holder registers unverified with the address and sets up an API key and a webhook', async () => {
    await request(t.url).post('/api/auth/register').send({ email: victim, password: ATTACKER_PASSWORD, full_name: 'Not The Owner', role: 'recruiter' }).expect(201);
    const attacker = await logIn(t.url, victim, ATTACKER_PASSWORD);
    attackerRefreshToken = (await request(t.url).post('/api/auth/login').send({ email: victim, password: ATTACKER_PASSWORD }).expect(200)).body.refresh_token;
    attackerKey = (await request(t.url).post('/api/v1/api-keys').set(attacker.auth).send({ name: 'exfiltration' }).expect(200)).body;
    await request(t.url).post('/api/v1/interviews/api/create').set(bearer(attackerKey.secret)).send({ title: 'Set up by the holder' }).expect(200);
    const hook = await request(t.url)
      .post('/api/v1/webhooks/')
      .set(attacker.auth)
      .send({ url: attackerHooks.url, events: ['candidate.created', 'interview.scheduled', 'interview.started'] })
      .expect(200);
    attackerHookId = hook.body.id;
  });

  it('after the owner claims the address, the sessions end, the key answers 401, the webhook is gone and delivers nothing; the owner\'s own key and webhook work', async () => {
    await request(t.url).post('/api/auth/register').send({ email: victim, password: OWNER_PASSWORD, full_name: 'Real Owner', role: 'recruiter' }).expect(400);
    const [token] = await claimTokensMailedTo(t.dataDir, victim);
    expect(token).toBeDefined();
    await request(t.url).post('/auth/reset-password').send({ token, new_password: OWNER_PASSWORD }).expect(200);
    const owner = await logIn(t.url, victim, OWNER_PASSWORD);
    // The earlier holder's sessions ended with the claim: a refresh token of theirs renews nothing.
    await request(t.url).post('/api/auth/refresh').send({ refresh_token: attackerRefreshToken }).expect(401);
    expect((await request(t.url).get('/auth/me').set(owner.auth).expect(200)).body.data).toMatchObject({ email_verified: true, full_name: 'Real Owner' });

    const interview = await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ title: 'Owner only', candidate_email: 'someone@example.com' }).expect(200);
    const interviewId: string = interview.body.id;

    // The earlier holder's key: refused on every route a key may call (CONTRACTS.md: `/api/v1/interviews/api/*`).
    const keyRoutes = (credential: string) => [
      request(t.url).get(`/api/v1/interviews/api/${interviewId}/score`).set(bearer(credential)),
      request(t.url).post(`/api/v1/interviews/api/${interviewId}/token`).set(bearer(credential)).send({}),
      request(t.url).post('/api/v1/interviews/api/create').set(bearer(credential)).send({ title: 'After the claim' }),
    ];
    for (const credential of [attackerKey.secret, `${attackerKey.key}:${attackerKey.secret}`]) {
      for (const res of await Promise.all(keyRoutes(credential))) expect([res.status, res.body]).toEqual([401, expect.objectContaining({ detail: 'Invalid or inactive API key' })]);
    }
    // ... and recorded as deactivated on the account's api-keys stream, which the owner sees.
    const keys = await eventually(
      async () => (await request(t.url).get('/api/v1/api-keys').set(owner.auth).expect(200)).body as { id: string; is_active: boolean }[],
      (listed) => listed.every((k) => !k.is_active),
    );
    expect(keys).toEqual([expect.objectContaining({ id: attackerKey.id, is_active: false })]);

    // The earlier holder's webhook is deleted.
    const hooks = await eventually(
      async () => (await request(t.url).get('/api/v1/webhooks/').set(owner.auth).expect(200)).body,
      (listed) => JSON.stringify(listed) === JSON.stringify(listed).replace(attackerHookId, ''),
    );
    expect(JSON.stringify(hooks)).not.toContain(attackerHookId);
    await request(t.url).get(`/api/v1/webhooks/${attackerHookId}`).set(owner.auth).expect(404);

    // The owner's own key works, and the owner's own webhook gets the owner's events; the earlier holder's gets none.
    const ownKey = (await request(t.url).post('/api/v1/api-keys').set(owner.auth).send({ name: 'mine' }).expect(200)).body;
    for (const res of await Promise.all(keyRoutes(ownKey.secret))) expect(res.status).toBe(200);
    await request(t.url).post('/api/v1/webhooks/').set(owner.auth).send({ url: ownerHooks.url, events: ['candidate.created'] }).expect(200);
    await uploadCv(t, owner.auth, 'Grace Hopper');
    const [delivered] = await ownerHooks.waitFor(1);
    expect(JSON.parse(delivered.body)).toMatchObject({ type: 'candidate.created', data: { full_name: 'Grace Hopper' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(attackerHooks.received).toEqual([]);

    // The claim's reactions ran once: the key stays deactivated and the owner's own key and webhook stay.
    expect((await request(t.url).get('/api/v1/api-keys').set(owner.auth).expect(200)).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: attackerKey.id, is_active: false }), expect.objectContaining({ id: ownKey.id, is_active: true })]),
    );
    expect((await request(t.url).get('/api/v1/webhooks/').set(owner.auth).expect(200)).body).toHaveLength(1);
  });
});
