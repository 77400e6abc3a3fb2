import request from 'supertest';
import { startTestApp, TestApp } from '../../support/test-app';
import { IDENTITY_ENV, loginS0, newUser, Session, TEST_ADMIN } from '../../support/identity-fixtures';

/** Revocations are events: after a restart (read models rebuilt from the log) they still hold. */
describe('Identity across a restart', () => {
  let t: TestApp;
  afterAll(async () => t.close());

  it('keeps logged-out, reuse-revoked, suspended and reset tokens refused; valid ones valid; the bootstrap idempotent', async () => {
    t = await startTestApp(IDENTITY_ENV);
    const admin = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);

    const loggedOut = await newUser(t.url);
    await request(t.url).post('/api/auth/logout').set(loggedOut.auth).expect(200);

    const reused = await newUser(t.url);
    const rotated = (await request(t.url).post('/auth/refresh').send({ refresh_token: reused.refreshToken }).expect(200)).body.data;
    await request(t.url).post('/auth/refresh').send({ refresh_token: reused.refreshToken }).expect(401);

    const suspended = await newUser(t.url);
    await request(t.url).post(`/admin/users/${suspended.id}/suspend`).set(admin.auth).send({ reason: 'restart test' }).expect(200);

    const valid: Session = await newUser(t.url);
    const validRefresh = valid.refreshToken;

    await t.close({ keepData: true });
    t = await startTestApp(IDENTITY_ENV, t.dataDir);

    const refused = async (token: string) => (await request(t.url).get('/api/auth/me').set({ Authorization: `Bearer ${token}` })).status;
    expect(await refused(loggedOut.accessToken)).toBe(401);
    expect(await refused(reused.accessToken)).toBe(401);
    expect(await refused(rotated.access_token)).toBe(401);
    expect(await refused(suspended.accessToken)).toBe(401);
    await request(t.url).post('/api/auth/refresh').send({ refresh_token: loggedOut.refreshToken }).expect(401);
    await request(t.url).post('/api/auth/refresh').send({ refresh_token: rotated.refresh_token }).expect(401);
    await request(t.url).post('/auth/login').send({ email: suspended.email, password: 'Sup3r-secret-pw' }).expect(403);

    expect((await request(t.url).get('/api/auth/me').set(valid.auth).expect(200)).body.id).toBe(valid.id);
    await request(t.url).post('/api/auth/refresh').send({ refresh_token: validRefresh }).expect(200);
    await request(t.url).get('/api/auth/me').set(admin.auth).expect(200);

    const adminAgain = await loginS0(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    expect(adminAgain.id).toBe(admin.id);
    const admins = await request(t.url).get('/admin/users').query({ search: TEST_ADMIN.email }).set(adminAgain.auth).expect(200);
    expect(admins.body.pagination.total).toBe(1);
    expect(admins.body.data[0]).toMatchObject({ is_superuser: true, role: 'admin' });
  });
});
