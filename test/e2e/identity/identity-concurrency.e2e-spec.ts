import request from 'supertest';
import { startTestApp, TestApp } from '../../support/test-app';
import { IDENTITY_ENV, loginS0, newUser, PASSWORD, TEST_ADMIN, uniqueEmail } from '../../support/identity-fixtures';
import { verifyMailbox } from '../../support/mail-outbox';

describe('Identity under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...IDENTITY_ENV, API_KEYS_MAX_ACTIVE: '3' });
  });
  afterAll(async () => t.close());

  it('of racing registrations of one email (any case, any surface): none fails badly, and once the address is verified every new one is refused', async () => {
    const email = uniqueEmail('race');
    const variants = [email, email.toUpperCase(), email, email.replace(/^r/, 'R')];
    const register = (e: string, i: number) =>
      [
        request(t.url).post('/api/auth/register').send({ email: e, password: PASSWORD, full_name: 'S0' }),
        request(t.url).post('/api/v1/auth/register').send({ email: e, password: PASSWORD, full_name: 'S1' }),
        request(t.url).post('/auth/register').send({ email: e, password: PASSWORD, full_name: 'S4' }),
      ][i % 3];
    const answers = await Promise.all([...variants, ...variants, ...variants].map(register));
    // Racing registrations of one address (any case): exactly one wins, the others are refused 400, never a 5xx
    // (CONTRACTS: "400 if email exists"; the owner of an address someone else registered claims it by mail).
    expect(answers.filter((a) => ![200, 201, 400].includes(a.status)).map((a) => a.status)).toEqual([]);
    expect(answers.filter((a) => a.status === 200 || a.status === 201).length).toBe(1);

    // The mailbox's owner proves it: from then on the address is taken, on every surface, in any case.
    await verifyMailbox(t.url, email);
    const again = await Promise.all([...variants, ...variants, ...variants].map(register));
    expect(again.map((a) => a.status)).toEqual(Array(again.length).fill(400));
    const admin = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const listed = await request(t.url).get('/admin/users').query({ search: email }).set(admin.auth).expect(200);
    expect(listed.body.data.filter((u: { email_verified: boolean }) => u.email_verified)).toHaveLength(1);
    await loginS0(t.url, email);
  });

  it('of racing registrations of one username, exactly one wins and the losers release their email', async () => {
    const username = `racer${Date.now().toString(36)}`;
    const emails = Array.from({ length: 8 }, () => uniqueEmail('racer'));
    const answers = await Promise.all(
      emails.map((email, i) =>
        request(t.url)
          .post('/api/v1/auth/register')
          .send({ email, username: i % 2 ? username : username.toUpperCase(), full_name: 'R', password: PASSWORD }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 400).map((a) => a.body.detail)).toEqual(Array(7).fill('Username already taken'));
    const loser = emails[answers.findIndex((a) => a.status === 400)];
    await request(t.url).post('/api/v1/auth/register').send({ email: loser, full_name: 'Retry', password: PASSWORD }).expect(200);
  });

  it('racing API-key creations never exceed API_KEYS_MAX_ACTIVE', async () => {
    const s = await newUser(t.url);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => request(t.url).post('/api/v1/api-keys/').set(s.auth).send({ name: `k${i}` })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    expect((await request(t.url).get('/api/v1/api-keys/').set(s.auth).expect(200)).body).toHaveLength(3);
  });
});
