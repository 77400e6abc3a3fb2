import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';

/** S1 (`/api/v1/interviews`): documented keys, ownership, the lifecycle through PUT, tokens and API keys. */
describe('S1 interviews', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let candidate: Actor;
  let admin: Actor;
  let events: EventStore;
  const streamLength = async (id: string) => (await events.readStream(`interview-${id}`)).length;

  const create = (actor: Actor, body: Record<string, unknown>) =>
    request(t.url).post('/api/v1/interviews/').set(actor.auth).send(body).expect(200);

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    events = t.app.get(EVENT_STORE);
    [owner, other, candidate] = await Promise.all([
      signUp(t.url, 's1-owner@example.com'),
      signUp(t.url, 's1-other@example.com'),
      signUp(t.url, 'jane.doe@example.com', 'candidate'),
    ]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => t.close());

  it('creates an interview and answers the documented keys (S1 body)', async () => {
    const res = await create(owner, {
      title: 'Software Engineer Interview',
      candidate_name: 'Jane Doe',
      candidate_email: 'jane.doe@example.com',
      position: 'Software Engineer',
      interview_config: { duration: 60, difficulty: 'medium' },
      scheduled_at: '2030-08-15T10:00:00Z',
    });
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Software Engineer Interview',
      candidate_name: 'Jane Doe',
      candidate_email: 'jane.doe@example.com',
      position: 'Software Engineer',
      status: 'scheduled',
      room_name: expect.stringMatching(/^interview-[0-9a-f]{12}$/),
      session_code: expect.stringMatching(/^[A-Z0-9]{6}$/),
      technical_score: 0,
      behavioral_score: 0,
      created_at: expect.any(String),
      creator_id: owner.id,
      duration_minutes: 60,
      difficulty: 'medium',
      interview_config: { duration: 60, difficulty: 'medium' },
      scheduled_at: '2030-08-15T10:00:00Z',
    });
  });

  it('accepts S2\'s create body on the same route (pending without a schedule), resume_id naming one of the caller\'s resumes', async () => {
    const resume = await request(t.url)
      .post('/api/v1/resumes/upload')
      .set(owner.auth)
      .attach('file', Buffer.from('Sam Resume\nsam@example.com\nSkills\nPython\n'), { filename: 'sam.txt', contentType: 'text/plain' })
      .expect(201);
    const res = await create(owner, { title: 'Senior Python Engineer Interview', resume_id: resume.body.id, job_description: 'Looking for...' });
    expect(res.body).toMatchObject({ status: 'pending', resume_id: resume.body.id, job_description: 'Looking for...', created_at: expect.any(String) });
    const unknown = await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'T', resume_id: 123 }).expect(400);
    expect(unknown.body).toEqual({ detail: expect.stringContaining('resume_id'), status_code: 400 });
  });

  it('answers a bad body with 422 and the FastAPI-style detail list', async () => {
    const missing = await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ candidate_email: 'x@y.io' }).expect(422);
    expect(missing.body).toEqual({
      detail: expect.arrayContaining([{ loc: ['title'], msg: 'field required', type: 'value_error.missing' }]),
      status_code: 422,
    });
    const badEmail = await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ title: 'x', candidate_email: 'nope' }).expect(422);
    expect(badEmail.body.detail[0].loc).toEqual(['candidate_email']);
    await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ title: 'x', interview_config: { duration: 0 } }).expect(422);
  });

  it('refuses a request without a token (401)', async () => {
    const res = await request(t.url).get('/api/v1/interviews/').expect(401);
    expect(res.body).toMatchObject({ status_code: 401 });
  });

  it('lists only the caller\'s interviews with skip/limit; a superuser sees all', async () => {
    await create(other, { title: 'Other 1' });
    const mine = (await request(t.url).get('/api/v1/interviews/').set(owner.auth).expect(200)).body;
    expect(Array.isArray(mine)).toBe(true);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((i: { creator_id: string }) => i.creator_id === owner.id)).toBe(true);
    // Newest first.
    expect(mine.map((i: { created_at: string }) => i.created_at)).toEqual([...mine.map((i: { created_at: string }) => i.created_at)].sort().reverse());
    const page = (await request(t.url).get('/api/v1/interviews/?skip=1&limit=1').set(owner.auth).expect(200)).body;
    expect(page).toEqual([mine[1]]);
    const all = (await request(t.url).get('/api/v1/interviews').set(admin.auth).expect(200)).body;
    expect(all.map((i: { creator_id: string }) => i.creator_id)).toEqual(expect.arrayContaining([owner.id, other.id]));
    await request(t.url).get('/api/v1/interviews/?limit=-1').set(owner.auth).expect(422);
    await request(t.url).get('/api/v1/interviews/?skip=abc').set(owner.auth).expect(422);
  });

  it('shows an interview to its owner, its candidate and a superuser; 403 to others; 404 when unknown or malformed', async () => {
    const { id } = (await create(owner, { title: 'Visible', candidate_email: 'Jane.Doe@example.com' })).body;
    for (const actor of [owner, candidate, admin]) {
      expect((await request(t.url).get(`/api/v1/interviews/${id}`).set(actor.auth).expect(200)).body.id).toBe(id);
    }
    expect((await request(t.url).get(`/api/v1/interviews/${id}`).set(other.auth).expect(403)).body).toEqual({
      detail: expect.stringContaining('Not enough permissions'),
      status_code: 403,
    });
    const unknown = await request(t.url).get('/api/v1/interviews/00000000-0000-4000-8000-000000000000').set(owner.auth).expect(404);
    expect(unknown.body).toEqual({ detail: 'Interview not found', status_code: 404 });
    await request(t.url).get('/api/v1/interviews/not-a-uuid').set(owner.auth).expect(404);
  });

  it('PUT updates fields and moves the status through the state machine', async () => {
    const { id } = (await create(owner, { title: 'Lifecycle', scheduled_at: '2030-01-01T10:00:00Z' })).body;
    const renamed = await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ title: 'Renamed' }).expect(200);
    expect(renamed.body).toMatchObject({ title: 'Renamed', status: 'scheduled' });

    // scheduled → completed is illegal: 409, and the title given alongside is not applied either.
    const before = await streamLength(id);
    const illegal = await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ title: 'Nope', status: 'completed' }).expect(409);
    expect(illegal.body).toEqual({ detail: expect.stringContaining('has not started'), status_code: 409 });
    expect(await streamLength(id)).toBe(before);
    expect((await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth)).body.title).toBe('Renamed');

    const started = await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'in_progress' }).expect(200);
    expect(started.body).toMatchObject({ status: 'in_progress', started_at: expect.any(String) });

    const done = await request(t.url)
      .put(`/api/v1/interviews/${id}`)
      .set(owner.auth)
      .send({ status: 'completed', technical_score: 85, behavioral_score: 90, overall_feedback: 'Excellent candidate.' })
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      technical_score: 85,
      behavioral_score: 90,
      overall_feedback: 'Excellent candidate.',
      ended_at: expect.any(String),
    });

    // The AI's verdict (InterviewScored + EvaluationRecorded) is appended asynchronously by the scoring
    // reaction to the completion: only the refused transitions must add nothing.
    const ownEvents = async () => (await events.readStream(`interview-${id}`)).filter((e) => e.type !== 'InterviewScored' && e.type !== 'EvaluationRecorded').length;
    const afterDone = await ownEvents();
    const restart = await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'in_progress' }).expect(409);
    expect(restart.body.detail).toContain('already completed');
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'cancelled' }).expect(409);
    expect(await ownEvents()).toBe(afterDone);
  });

  it('PUT refuses bad input (422), strangers and candidates (403), unknown ids (404)', async () => {
    const { id } = (await create(owner, { title: 'Guarded', candidate_email: 'jane.doe@example.com' })).body;
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'done' }).expect(422);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ technical_score: 101 }).expect(422);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(other.auth).send({ title: 'x' }).expect(403);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(candidate.auth).send({ title: 'x' }).expect(403);
    await request(t.url).put('/api/v1/interviews/00000000-0000-4000-8000-000000000000').set(owner.auth).send({ title: 'x' }).expect(404);
    // pending → scheduled needs a schedule; cancelled is final.
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'scheduled' }).expect(400);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'cancelled' }).expect(200);
    const before = await streamLength(id);
    const res = await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'completed' }).expect(409);
    expect(res.body.detail).toContain('cancelled');
    expect(await streamLength(id)).toBe(before);
  });

  it('issues a LiveKit token for the candidate of the interview', async () => {
    const { id, room_name } = (await create(owner, { title: 'Token', candidate_name: 'Jane Doe', candidate_email: 'jane.doe@example.com' })).body;
    const res = await request(t.url).post(`/api/v1/interviews/${id}/token`).set(owner.auth).expect(200);
    expect(res.body).toMatchObject({ token: expect.stringMatching(/^ey/), room_name, participant_name: 'Jane Doe' });
    await request(t.url).post(`/api/v1/interviews/${id}/token`).set(candidate.auth).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/token`).set(other.auth).expect(403);
    await request(t.url).post('/api/v1/interviews/00000000-0000-4000-8000-000000000000/token').set(owner.auth).expect(404);
  });

  it('creates interviews and tokens with an API key; another owner\'s interview does not exist to it', async () => {
    const key = (await request(t.url).post('/api/v1/api-keys/').set(owner.auth).send({ name: 'ATS' }).expect(200)).body;
    const keyAuth = { Authorization: `Bearer ${key.secret}` };
    const created = await request(t.url)
      .post('/api/v1/interviews/api/create')
      .set(keyAuth)
      .send({ title: 'Integration Interview', candidate_name: 'John Smith', candidate_email: 'john.smith@example.com', position: 'Data Scientist', interview_config: { duration: 45 } })
      .expect(200);
    expect(created.body).toMatchObject({ title: 'Integration Interview', status: 'pending', creator_id: owner.id, duration_minutes: 45 });
    const token = await request(t.url).post(`/api/v1/interviews/api/${created.body.id}/token`).set(keyAuth).expect(200);
    expect(token.body).toMatchObject({ room_name: created.body.room_name, participant_name: 'John Smith' });

    const othersInterview = (await create(other, { title: 'Not yours' })).body.id;
    const hidden = await request(t.url).post(`/api/v1/interviews/api/${othersInterview}/token`).set(keyAuth).expect(404);
    expect(hidden.body).toEqual({ detail: 'Interview not found', status_code: 404 });
    await request(t.url).post('/api/v1/interviews/api/create').set({ Authorization: 'Bearer sk_invalid' }).send({ title: 'x' }).expect(401);
    await request(t.url).post('/api/v1/interviews/api/create').set(keyAuth).send({}).expect(422);
  });
});
