import { EVENT_STORE, EventStore } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';
import { expectStatus, typedClient } from '../support/typed-client';
import { eventually } from '../support/webhook-receiver';
import type { CandorClient, Schemas } from '../../clients/typescript';

type CreateBody = Schemas['CreateInterviewDto'];
type UpdateBody = Schemas['UpdateInterviewDto'];
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * S1 (`/api/v1/interviews`): documented keys, ownership, the lifecycle through PUT, tokens and API keys.
 * Every call goes through the typed client generated from /openapi.json (clients/typescript).
 */
describe('S1 interviews', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let candidate: Actor;
  let admin: Actor;
  let events: EventStore;
  const api = (actor?: Actor): CandorClient => typedClient(t.url, actor?.token);
  const streamLength = async (id: string) => (await events.readStream(`interview-${id}`)).length;

  const create = async (actor: Actor, body: CreateBody) => (await expectStatus(api(actor).POST('/api/v1/interviews', { body }), 200)).data!;
  const get = (actor: Actor, id: string) => api(actor).GET('/api/v1/interviews/{interview_id}', { params: { path: { interview_id: id } } });
  const update = (actor: Actor, id: string, body: UpdateBody) => api(actor).PUT('/api/v1/interviews/{interview_id}', { params: { path: { interview_id: id } }, body });
  const roomToken = (actor: Actor, id: string) => api(actor).POST('/api/v1/interviews/{interview_id}/token', { params: { path: { interview_id: id } } });

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
    const created = await create(owner, {
      title: 'Software Engineer Interview',
      candidate_name: 'Jane Doe',
      candidate_email: 'jane.doe@example.com',
      position: 'Software Engineer',
      interview_config: { duration: 60, difficulty: 'medium' },
      scheduled_at: '2030-08-15T10:00:00Z',
    });
    expect(created).toMatchObject({
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
    const form = new FormData();
    form.append('file', new Blob(['Sam Resume\nsam@example.com\nSkills\nPython\n'], { type: 'text/plain' }), 'sam.txt');
    const resume = (await expectStatus(api(owner).POST('/api/v1/resumes/upload', { body: form as never }), 201)).data as { id: string };
    const created = await create(owner, { title: 'Senior Python Engineer Interview', resume_id: resume.id, job_description: 'Looking for...' });
    expect(created).toMatchObject({ status: 'pending', resume_id: resume.id, job_description: 'Looking for...', created_at: expect.any(String) });
    // S2's seed sends resume_id as a number: one that names no resume of the caller is refused.
    const unknown = await expectStatus(api(owner).POST('/api/v1/interviews', { body: { title: 'T', resume_id: 123 as unknown as string } }), 400);
    expect(unknown.error).toEqual({ detail: expect.stringContaining('resume_id'), status_code: 400 });
  });

  it('answers a bad body with 422 and the FastAPI-style detail list', async () => {
    const missing = await expectStatus(api(owner).POST('/api/v1/interviews', { body: { candidate_email: 'x@y.io' } as CreateBody }), 422);
    expect(missing.error).toEqual({
      detail: expect.arrayContaining([{ loc: ['title'], msg: 'field required', type: 'value_error.missing' }]),
      status_code: 422,
    });
    const badEmail = await expectStatus(api(owner).POST('/api/v1/interviews', { body: { title: 'x', candidate_email: 'nope' } }), 422);
    expect((badEmail.error!.detail as { loc: unknown[] }[])[0].loc).toEqual(['candidate_email']);
    await expectStatus(api(owner).POST('/api/v1/interviews', { body: { title: 'x', interview_config: { duration: 0 } } }), 422);
  });

  it('refuses a request without a token (401)', async () => {
    const res = await expectStatus(api().GET('/api/v1/interviews'), 401);
    expect(res.error).toMatchObject({ status_code: 401 });
  });

  it('lists only the caller\'s interviews with skip/limit; a superuser sees all', async () => {
    await create(other, { title: 'Other 1' });
    const mine = (await expectStatus(api(owner).GET('/api/v1/interviews'), 200)).data!;
    expect(Array.isArray(mine)).toBe(true);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((i) => i.creator_id === owner.id)).toBe(true);
    // Newest first.
    expect(mine.map((i) => i.created_at)).toEqual([...mine.map((i) => i.created_at)].sort().reverse());
    const page = (await expectStatus(api(owner).GET('/api/v1/interviews', { params: { query: { skip: 1, limit: 1 } } }), 200)).data;
    expect(page).toEqual([mine[1]]);
    const all = (await expectStatus(api(admin).GET('/api/v1/interviews'), 200)).data!;
    expect(all.map((i) => i.creator_id)).toEqual(expect.arrayContaining([owner.id, other.id]));
    await expectStatus(api(owner).GET('/api/v1/interviews', { params: { query: { limit: -1 } } }), 422);
    await expectStatus(api(owner).GET('/api/v1/interviews', { params: { query: { skip: 'abc' as unknown as number } } }), 422);
  });

  it('shows an interview to its owner, its candidate and a superuser; 403 to others; 404 when unknown or malformed', async () => {
    const { id } = await create(owner, { title: 'Visible', candidate_email: 'Jane.Doe@example.com' });
    for (const actor of [owner, candidate, admin]) {
      expect((await expectStatus(get(actor, id), 200)).data!.id).toBe(id);
    }
    expect((await expectStatus(get(other, id), 403)).error).toEqual({
      detail: expect.stringContaining('Not enough permissions'),
      status_code: 403,
    });
    const unknown = await expectStatus(get(owner, UNKNOWN), 404);
    expect(unknown.error).toEqual({ detail: 'Interview not found', status_code: 404 });
    await expectStatus(get(owner, 'not-a-uuid'), 404);
  });

  it('PUT updates fields and moves the status through the state machine', async () => {
    const { id } = await create(owner, { title: 'Lifecycle', scheduled_at: '2030-01-01T10:00:00Z' });
    const renamed = await expectStatus(update(owner, id, { title: 'Renamed' }), 200);
    expect(renamed.data).toMatchObject({ title: 'Renamed', status: 'scheduled' });

    // scheduled → pending is illegal: 409, and the title given alongside is not applied either.
    const before = await streamLength(id);
    const illegal = await expectStatus(update(owner, id, { title: 'Nope', status: 'pending' }), 409);
    expect(illegal.error).toEqual({ detail: expect.any(String), status_code: 409 });
    expect(await streamLength(id)).toBe(before);
    expect((await get(owner, id)).data!.title).toBe('Renamed');

    const started = await expectStatus(update(owner, id, { status: 'in_progress' }), 200);
    expect(started.data).toMatchObject({ status: 'in_progress', started_at: expect.any(String) });

    const done = await expectStatus(update(owner, id, { status: 'completed', technical_score: 85, behavioral_score: 90, overall_feedback: 'Excellent candidate.' }), 200);
    expect(done.data).toMatchObject({
      status: 'completed',
      technical_score: 85,
      behavioral_score: 90,
      overall_feedback: 'Excellent candidate.',
      ended_at: expect.any(String),
    });

    // The AI's verdict goes to the assessment stream (asynchronously): the refused transitions add nothing here.
    const ownEvents = async () => (await events.readStream(`interview-${id}`)).length;
    const afterDone = await ownEvents();
    const restart = await expectStatus(update(owner, id, { status: 'in_progress' }), 409);
    expect(restart.error!.detail).toContain('already completed');
    await expectStatus(update(owner, id, { status: 'cancelled' }), 409);
    expect(await ownEvents()).toBe(afterDone);
  });

  it("PUT with seed 001's example body records the outcome of an interview held outside the live session", async () => {
    const { id } = await create(owner, { title: 'Held offline', candidate_name: 'Jane Doe', candidate_email: 'jane.doe@example.com', scheduled_at: '2030-01-01T10:00:00Z' });
    const seedBody = { title: 'Updated Interview Title', status: 'completed', technical_score: 85, behavioral_score: 90, overall_feedback: 'Excellent candidate.' } as const;
    const done = await expectStatus(update(owner, id, seedBody), 200);
    expect(done.data).toMatchObject({ id, title: 'Updated Interview Title', status: 'completed', technical_score: 85, behavioral_score: 90, overall_feedback: 'Excellent candidate.' });

    // Completed as a recorded outcome: never started here (no InterviewStarted is invented).
    const stream = await events.readStream(`interview-${id}`);
    expect(stream.map((e) => e.type)).not.toContain('InterviewStarted');
    expect(stream.find((e) => e.type === 'InterviewCompleted')?.data).toMatchObject({ trigger: 'recorded_outcome' });

    // The automatic assessment copes with an interview without a transcript and does not overwrite the recruiter's scores.
    const assessed = await eventually(async () => events.readStream(`assessment-${id}`), (found) => found.length > 0, 15_000);
    expect(assessed.map((e) => e.type)).toContain('InterviewAssessed');
    expect((await expectStatus(get(owner, id), 200)).data).toMatchObject({ status: 'completed', technical_score: 85, behavioral_score: 90, overall_feedback: 'Excellent candidate.' });

    // The other rules stand: a completed interview cannot be started or cancelled, a cancelled one cannot be completed.
    await expectStatus(update(owner, id, { status: 'in_progress' }), 409);
    await expectStatus(update(owner, id, { status: 'cancelled' }), 409);
  }, 30_000);

  it('PUT refuses bad input (422), strangers and candidates (403), unknown ids (404)', async () => {
    const { id } = await create(owner, { title: 'Guarded', candidate_email: 'jane.doe@example.com' });
    await expectStatus(update(owner, id, { status: 'done' as UpdateBody['status'] }), 422);
    await expectStatus(update(owner, id, { technical_score: 101 }), 422);
    await expectStatus(update(other, id, { title: 'x' }), 403);
    await expectStatus(update(candidate, id, { title: 'x' }), 403);
    await expectStatus(update(owner, UNKNOWN, { title: 'x' }), 404);
    // pending → scheduled needs a schedule; cancelled is final.
    await expectStatus(update(owner, id, { status: 'scheduled' }), 400);
    await expectStatus(update(owner, id, { status: 'cancelled' }), 200);
    const before = await streamLength(id);
    const res = await expectStatus(update(owner, id, { status: 'completed' }), 409);
    expect(res.error!.detail).toContain('cancelled');
    expect(await streamLength(id)).toBe(before);
  });

  it('issues a LiveKit token for the candidate of the interview', async () => {
    const { id, room_name } = await create(owner, { title: 'Token', candidate_name: 'Jane Doe', candidate_email: 'jane.doe@example.com' });
    const res = await expectStatus(roomToken(owner, id), 200);
    expect(res.data).toMatchObject({ token: expect.stringMatching(/^ey/), room_name, participant_name: 'Jane Doe' });
    await expectStatus(roomToken(candidate, id), 200);
    await expectStatus(roomToken(other, id), 403);
    await expectStatus(roomToken(owner, UNKNOWN), 404);
  });

  it('creates interviews and tokens with an API key; another owner\'s interview does not exist to it', async () => {
    const key = (await expectStatus(api(owner).POST('/api/v1/api-keys', { body: { name: 'ATS' } }), 200)).data!;
    const withKey = typedClient(t.url, key.secret);
    const created = (
      await expectStatus(
        withKey.POST('/api/v1/interviews/api/create', {
          body: { title: 'Integration Interview', candidate_name: 'John Smith', candidate_email: 'john.smith@example.com', position: 'Data Scientist', interview_config: { duration: 45 } },
        }),
        200,
      )
    ).data!;
    expect(created).toMatchObject({ title: 'Integration Interview', status: 'pending', creator_id: owner.id, duration_minutes: 45 });
    const keyToken = (id: string) => withKey.POST('/api/v1/interviews/api/{interview_id}/token', { params: { path: { interview_id: id } } });
    expect((await expectStatus(keyToken(created.id), 200)).data).toMatchObject({ room_name: created.room_name, participant_name: 'John Smith' });

    const othersInterview = (await create(other, { title: 'Not yours' })).id;
    const hidden = await expectStatus(keyToken(othersInterview), 404);
    expect(hidden.error).toEqual({ detail: 'Interview not found', status_code: 404 });
    await expectStatus(typedClient(t.url, 'sk_invalid').POST('/api/v1/interviews/api/create', { body: { title: 'x' } }), 401);
    await expectStatus(withKey.POST('/api/v1/interviews/api/create', { body: {} as CreateBody }), 422);
  });

  it('reads an interview with its scores through the API key once it is completed (what an integration fetches after score.ready)', async () => {
    const key = (await expectStatus(api(owner).POST('/api/v1/api-keys', { body: { name: 'ATS scores' } }), 200)).data!;
    const withKey = typedClient(t.url, key.secret);
    const keyGet = (id: string) => withKey.GET('/api/v1/interviews/api/{interview_id}/score', { params: { path: { interview_id: id } } });
    const created = (await expectStatus(withKey.POST('/api/v1/interviews/api/create', { body: { title: 'Scored through the key', candidate_email: 'scored@example.com' } }), 200)).data!;
    expect((await expectStatus(keyGet(created.id), 200)).data).toMatchObject({ id: created.id, status: 'pending', technical_score: 0, behavioral_score: 0 });

    await expectStatus(api(owner).POST('/api/v1/interviews/{interview_id}/start', { params: { path: { interview_id: created.id } } }), 200);
    await expectStatus(api(owner).POST('/api/v1/interviews/{interview_id}/complete', { params: { path: { interview_id: created.id } } }), 200);
    const done = (await expectStatus(keyGet(created.id), 200)).data!;
    expect(done).toMatchObject({ id: created.id, status: 'completed', overall_feedback: expect.any(String) });
    expect(done).toEqual((await expectStatus(get(owner, created.id), 200)).data);

    const hidden = await expectStatus(keyGet((await create(other, { title: 'Not yours either' })).id), 404);
    expect(hidden.error).toEqual({ detail: 'Interview not found', status_code: 404 });
    await expectStatus(typedClient(t.url, 'sk_invalid').GET('/api/v1/interviews/api/{interview_id}/score', { params: { path: { interview_id: created.id } } }), 401);
  });
});
