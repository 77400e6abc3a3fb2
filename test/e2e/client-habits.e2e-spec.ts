import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

/**
 * What API wrappers commonly send (CONTRACTS.md, "Cross-cutting"): their default JSON content type on a
 * body-less action, a charset parameter, a trailing slash or none. Each behaves as the plain request would.
 */
describe('clients habits are accepted on every surface', () => {
  let t: TestApp;
  const emptyJson = (test: request.Test, type = 'application/json') => test.set('Content-Type', type).send('');

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const fresh = (name: string): Promise<Actor> => signUp(t.url, `${name}.${Date.now().toString(36)}@habits.test`);

  it('S0: logout with an empty JSON body logs out', async () => {
    const user = await fresh('s0');
    const res = await emptyJson(request(t.url).post('/api/auth/logout').set(user.auth)).expect(200);
    expect(res.body).toMatchObject({ message: 'Successfully logged out' });
    await request(t.url).get('/api/auth/me').set(user.auth).expect(401);
  });

  it('S1: logout with an empty body typed application/json; charset=utf-8, with or without the trailing slash', async () => {
    const first = await fresh('s1a');
    await emptyJson(request(t.url).post('/api/v1/auth/logout').set(first.auth), 'application/json; charset=utf-8').expect(200);
    await request(t.url).get('/api/v1/users/me').set(first.auth).expect(401);
    const second = await fresh('s1b');
    await emptyJson(request(t.url).post('/api/v1/auth/logout/').set(second.auth)).expect(200);
    await request(t.url).get('/api/v1/users/me').set(second.auth).expect(401);
  });

  it('S2: start and complete with empty JSON bodies move the interview on', async () => {
    const owner = await fresh('s2');
    const created = await request(t.url)
      .post('/api/v1/interviews')
      .set(owner.auth)
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ title: 'Habits', job_description: 'Any' }))
      .expect(200);
    const id = created.body.id as string;
    const started = await emptyJson(request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth)).expect(200);
    expect(started.body.status).toBe('in_progress');
    await emptyJson(request(t.url).post(`/api/v1/interviews/${id}/complete/`).set(owner.auth)).expect(200);
    expect((await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200)).body.status).toBe('completed');
  });

  it('S3: delete with an empty JSON body deletes, with or without the trailing slash', async () => {
    const owner = await fresh('s3');
    const create = () => request(t.url).post('/api/jobs/').set(owner.auth).send({ title: 'Habit Engineer', required_skills: ['Go'] }).expect(201);
    const withSlash = (await create()).body._id as string;
    await emptyJson(request(t.url).delete(`/api/jobs/${withSlash}/`).set(owner.auth)).expect(204);
    await request(t.url).get(`/api/jobs/${withSlash}/`).set(owner.auth).expect(404);
    const withoutSlash = (await create()).body._id as string;
    await emptyJson(request(t.url).delete(`/api/jobs/${withoutSlash}`).set(owner.auth)).expect(204);
    await request(t.url).get(`/api/jobs/${withoutSlash}`).set(owner.auth).expect(404);
  });

  it('S4: logout with an empty JSON body logs out, wrapped', async () => {
    const user = await fresh('s4');
    const res = await emptyJson(request(t.url).post('/auth/logout').set(user.auth), 'application/json;charset=UTF-8').expect(200);
    expect(res.body).toMatchObject({ success: true });
    await request(t.url).get('/auth/me').set(user.auth).expect(401);
  });

  it('an empty JSON body where a body is required is a validation error of the surface, not a parse error', async () => {
    const s0 = await emptyJson(request(t.url).post('/api/auth/login')).expect(422);
    expect(s0.body.detail.map((p: { loc: string[] }) => p.loc.at(-1))).toEqual(expect.arrayContaining(['email', 'password']));
    const s4 = await emptyJson(request(t.url).post('/auth/login')).expect(400);
    expect(s4.body).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' });
  });

  it('a body that is only whitespace or truncated is still malformed JSON', async () => {
    // S0 answers a body that is not JSON with 422 json_invalid (CONTRACTS.md: FastAPI's answer); S3 and S4 with 400.
    const s0 = await request(t.url).post('/api/auth/login').set('Content-Type', 'application/json').send(' ').expect(422);
    expect(s0.body.detail).toEqual([{ loc: ['body', 1], msg: 'JSON decode error', type: 'json_invalid' }]);
    const truncated = await request(t.url).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(422);
    expect(truncated.body.detail).toEqual([{ loc: ['body', 9], msg: 'JSON decode error', type: 'json_invalid' }]);
    await request(t.url).post('/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
  });
});
