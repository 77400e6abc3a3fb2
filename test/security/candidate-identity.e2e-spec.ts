import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, logIn, signUp } from '../support/interview-actors';
import { mailsTo, verificationTokenMailedTo } from '../support/mail-outbox';
import { WsTestClient } from '../support/ws-test-client';

const PASSWORD = 'Sup3r-secret-pw';

/** Finding 2: registering with someone's candidate_email gives nothing until the address is proved. */
describe('security: candidate identity needs a verified email', () => {
  let t: TestApp;
  let recruiter: Actor;
  let interviewId: string;
  const victim = 'victim.candidate@example.com';

  const register = (email: string) =>
    request(t.url).post('/api/auth/register').send({ email, password: PASSWORD, full_name: 'Some One', role: 'candidate' });
  const reads = (auth: Record<string, string>) => [
    request(t.url).get(`/api/sessions/${interviewId}`).set(auth),
    request(t.url).get(`/api/v1/interviews/${interviewId}`).set(auth),
    request(t.url).get(`/api/interviews/${interviewId}`).set(auth),
    request(t.url).get(`/candidates/interviews/${interviewId}`).set(auth),
  ];

  beforeAll(async () => {
    t = await startTestApp({ PASSWORD_HASH_COST: '1024' });
    recruiter = await signUp(t.url, 'recruiter.sec@example.com');
    const created = await request(t.url).post('/api/sessions').set(recruiter.auth).send({ title: 'Takeover', candidate_email: victim }).expect(201);
    interviewId = created.body.id;
  });
  afterAll(async () => t.close());

  it('an unverified registration with the candidate email reads, lists and starts nothing, on every surface', async () => {
    await register(victim).expect(201);
    const attacker = await logIn(t.url, victim, PASSWORD);
    for (const res of await Promise.all(reads(attacker.auth))) expect(res.status).toBe(403);
    const listed = await request(t.url).get('/api/sessions').set(attacker.auth).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(interviewId);
    const s4 = await request(t.url).get('/candidates/interviews').set(attacker.auth).expect(200);
    expect(JSON.stringify(s4.body)).not.toContain(interviewId);
    await request(t.url).post(`/candidates/interviews/${interviewId}/start`).set(attacker.auth).expect(403);
    await request(t.url).post(`/api/v1/interviews/${interviewId}/submit-code`).set(attacker.auth).send({ code: 'print(1)', language: 'python' }).expect(403);
    const me = await request(t.url).get('/auth/me').set(attacker.auth).expect(200);
    expect(me.body.data.email_verified).toBe(false);

    // Over the S0 WebSocket too: a code_update of the unverified account is refused.
    const ws = await WsTestClient.connect(`${t.url.replace('http', 'ws')}/ws/session/${interviewId}?token=${attacker.token}`);
    expect((await ws.closeCode()).code).toBe(4403);
  });

  it('the real owner of the address still registers, proves it with the mailed one-time link, and gets the interview', async () => {
    // The attacker's registration mailed a link to the victim's mailbox too: one link per registration.
    const res = await register(victim).expect(201);
    const token = await verificationTokenMailedTo(t.dataDir, victim, 1);
    expect(mailsTo(t.dataDir, victim).some((m) => m.includes(`${t.config.publicUrl}/auth/verify-email?token=`))).toBe(true);
    await request(t.url).get('/auth/verify-email').query({ token }).expect(200);
    // One use only.
    await request(t.url).post('/auth/verify-email').send({ token }).expect(400);

    const owner = await logIn(t.url, victim, PASSWORD);
    expect(owner.id).toBe(res.body.id);
    for (const read of await Promise.all(reads(owner.auth))) expect(read.status).toBe(200);
    const me = await request(t.url).get('/auth/me').set(owner.auth).expect(200);
    expect(me.body.data.email_verified).toBe(true);

    // Once verified, the address is taken for good.
    await register(victim).expect(400);
  });
});
