import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, logIn, signUp } from '../support/interview-actors';
import { claimTokensMailedTo, mailsTo } from '../support/mail-outbox';
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

  it('the real owner of the address is refused like any taken address, claims the account through the mailed one-time link, and gets the interview', async () => {
    const attacker = await logIn(t.url, victim, PASSWORD);
    const ownerPassword = 'Real-0wner-secret';
    // CONTRACTS.md: registering an address that exists answers 400, on every register route, with the same
    // message whether or not the holder proved it (no enumeration beyond "exists"), case-insensitively.
    const s0 = await request(t.url).post('/api/auth/register').send({ email: victim.toUpperCase(), password: ownerPassword, full_name: 'Real Owner', role: 'candidate' }).expect(400);
    expect(s0.body.detail).toBe('Email already registered');
    const s1 = await request(t.url).post('/api/v1/auth/register').send({ email: victim, username: 'real.owner', full_name: 'Real Owner', password: ownerPassword }).expect(400);
    expect(s1.body).toEqual({ detail: 'Email already registered', status_code: 400 });
    const s4 = await request(t.url).post('/auth/register').send({ email: victim, password: ownerPassword, full_name: 'Real Owner', role: 'candidate' }).expect(400);
    expect(s4.body).toMatchObject({ success: false, message: 'Email already registered' });

    // The address's mailbox gets one claim link, however many registrations were refused (one outstanding link).
    const [token] = await claimTokensMailedTo(t.dataDir, victim);
    await new Promise((r) => setTimeout(r, 200));
    expect(await claimTokensMailedTo(t.dataDir, victim)).toEqual([token]);
    expect(mailsTo(t.dataDir, victim).some((m) => m.includes(`${t.config.publicUrl}/reset-password?token=`))).toBe(true);

    // Following it sets the owner's password: once only, and the previous holder's session and password stop working.
    await request(t.url).post('/auth/reset-password').send({ token, new_password: ownerPassword }).expect(200);
    await request(t.url).post('/auth/reset-password').send({ token, new_password: `${ownerPassword}2` }).expect(400);
    await request(t.url).get('/auth/me').set(attacker.auth).expect(401);
    await request(t.url).post('/api/auth/login').send({ email: victim, password: PASSWORD }).expect(401);

    const owner = await logIn(t.url, victim, ownerPassword);
    for (const read of await Promise.all(reads(owner.auth))) expect(read.status).toBe(200);
    const me = await request(t.url).get('/auth/me').set(owner.auth).expect(200);
    // The mailbox is proved; the name is the one of the owner's registration, not the previous holder's.
    expect(me.body.data).toMatchObject({ email_verified: true, full_name: 'Real Owner', role: 'candidate' });

    // Once verified, the address is taken for good: the same 400, and no claim link any more.
    const again = await register(victim).expect(400);
    expect(again.body.detail).toBe(s0.body.detail);
    await new Promise((r) => setTimeout(r, 200));
    expect(await claimTokensMailedTo(t.dataDir, victim)).toEqual([token]);
  });
});
