import request from 'supertest';
import { newS3Candidate, newS3Job } from '../support/s3-subjects';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** S3 interviews (seed 003, "Interviews"; CONTRACTS.md: `_id`, `{count,next,previous,results}`, 400 with both error shapes). */
describe('S3 interviews', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let candidate: Actor;
  let admin: Actor;

  const create = async (actor: Actor, body: Record<string, unknown>) => (await request(t.url).post('/api/interviews/').set(actor.auth).send(body).expect(201)).body;
  const newJob = (actor: Actor, title?: string) => newS3Job(t.url, actor, title);
  const newCandidate = (actor: Actor, fullName?: string, email?: string) => newS3Candidate(t.url, actor, fullName, email);
  const subjects = async (actor: Actor) => ({ job: await newJob(actor), candidate: await newCandidate(actor) });

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, PUBLIC_URL: 'https://candor.example' });
    [owner, other, candidate] = await Promise.all([
      signUp(t.url, 's3-owner@example.com'),
      signUp(t.url, 's3-other@example.com'),
      signUp(t.url, 's3-candidate@example.com', 'candidate'),
    ]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => t.close());

  it('given the seed body, when POST /api/interviews/, then 201 with _id, job, candidate, interview_link and invite_token, status scheduled', async () => {
    const { job, candidate: cand } = await subjects(owner);
    const res = await request(t.url)
      .post('/api/interviews/')
      .set(owner.auth)
      .send({
        job,
        candidate: cand,
        interview_type: 'video',
        difficulty: 'auto',
        scheduled_at: '2030-01-20T14:00:00Z',
        duration_minutes: 60,
        enable_video_analysis: true,
        enable_recording: true,
      })
      .expect(201);
    const id = res.body._id;
    expect(id).toMatch(UUID);
    expect(res.body).toMatchObject({
      job: { _id: job, title: 'Senior Java Developer', company: 'Tech Corp', required_skills: ['Java', 'Spring', 'SQL'] },
      candidate: { _id: cand, full_name: 'John Doe', email: 'john@example.com', technical_skills: ['Java', 'Spring Boot', 'PostgreSQL'] },
      title: 'Senior Java Developer — John Doe',
      position: 'Senior Java Developer',
      technologies: ['Java', 'Spring', 'SQL'],
      interview_type: 'video',
      difficulty: 'auto',
      status: 'scheduled',
      scheduled_at: '2030-01-20T14:00:00Z',
      duration_minutes: 60,
      enable_video_analysis: true,
      enable_recording: true,
      interview_link: `https://candor.example/interview/${id}`,
    });
    expect(typeof res.body.invite_token).toBe('string');
    expect(res.body.invite_token.length).toBeGreaterThanOrEqual(24);
    expect(res.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);

    // One aggregate, many views: the same interview through S1.
    const s1 = await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200);
    expect(s1.body.id).toBe(id);
  });

  it('given no schedule, when created (without trailing slash), then pending and difficulty defaults to auto', async () => {
    const res = await request(t.url).post('/api/interviews').set(owner.auth).send({ ...(await subjects(owner)), interview_type: 'chat' }).expect(201);
    expect(res.body).toMatchObject({ status: 'pending', difficulty: 'auto', interview_type: 'chat' });
  });

  it('given no job or candidate, or one that is unknown or not the caller\'s, then 400 in S3\'s body and nothing created', async () => {
    const mine = await subjects(owner);
    const theirs = await subjects(other);
    const before = (await request(t.url).get('/api/interviews/').set(owner.auth).expect(200)).body.count;
    const none = await request(t.url).post('/api/interviews/').set(owner.auth).send({ interview_type: 'chat' }).expect(400);
    expect(none.body).toMatchObject({ error: 'Validation failed', code: 'VALIDATION_ERROR' });
    expect(Object.keys(none.body.details).sort()).toEqual(['candidate', 'job']);
    const noCandidate = await request(t.url).post('/api/interviews/').set(owner.auth).send({ job: mine.job }).expect(400);
    expect(Object.keys(noCandidate.body.details)).toEqual(['candidate']);
    for (const body of [
      { job: UNKNOWN, candidate: mine.candidate },
      { job: mine.job, candidate: UNKNOWN },
      { job: 'job_uuid', candidate: mine.candidate },
      { job: theirs.job, candidate: mine.candidate },
      { job: mine.job, candidate: theirs.candidate },
    ]) {
      const res = await request(t.url).post('/api/interviews/').set(owner.auth).send(body).expect(400);
      expect(res.body).toMatchObject({ error: expect.stringMatching(/^(job|candidate): no (job|candidate) /), code: 'INTERVIEW.INVALID', detail: expect.any(String) });
    }
    expect((await request(t.url).get('/api/interviews/').set(owner.auth).expect(200)).body.count).toBe(before);
    // A superuser may use anyone's job and candidate.
    await request(t.url).post('/api/interviews/').set(admin.auth).send(theirs).expect(201);
  });

  it('given an interview, when GET /api/interviews/{id}/, then the detail with _id, the transcript and the documented video fields', async () => {
    const job = await newJob(owner);
    const cand = await newCandidate(owner, 'John Doe', candidate.email);
    const created = await create(owner, { job, candidate: cand });
    const res = await request(t.url).get(`/api/interviews/${created._id}/`).set(owner.auth).expect(200);
    expect(res.body).toMatchObject({
      _id: created._id,
      job: { _id: job, title: 'Senior Java Developer', company: 'Tech Corp', required_skills: ['Java', 'Spring', 'SQL'], created_by: owner.id },
      candidate: { _id: cand, full_name: 'John Doe', email: candidate.email, parsing_status: 'completed' },
      status: 'pending',
      started_at: null,
      ended_at: null,
      full_transcript: [],
      video_recording_url: null,
      body_language_analysis: null,
    });
    // The candidate (the user with candidate_email) may see it; without the trailing slash too.
    await request(t.url).get(`/api/interviews/${created._id}`).set(candidate.auth).expect(200);
    await request(t.url).get(`/api/interviews/${created._id}/`).set(admin.auth).expect(200);
  });

  it('given another recruiter, an unknown id or no token, then 403, 404 and 401 with both error shapes', async () => {
    const created = await create(owner, await subjects(owner));
    const forbidden = await request(t.url).get(`/api/interviews/${created._id}/`).set(other.auth).expect(403);
    expect(forbidden.body).toMatchObject({ detail: expect.any(String), error: expect.any(String), details: expect.any(String), code: 'INTERVIEW.FORBIDDEN' });
    const missing = await request(t.url).get(`/api/interviews/${UNKNOWN}/`).set(owner.auth).expect(404);
    expect(missing.body).toMatchObject({ detail: expect.any(String), error: expect.any(String), code: expect.any(String) });
    await request(t.url).get('/api/interviews/not-a-uuid/').set(owner.auth).expect(404);
    await request(t.url).get('/api/interviews/').expect(401);
    await request(t.url).get(`/api/interviews/${created._id}/score/`).set(other.auth).expect(403);
    await request(t.url).get(`/api/reports/${created._id}/`).set(other.auth).expect(403);
    await request(t.url).get(`/api/reports/${UNKNOWN}/export/`).set(owner.auth).expect(404);
  });

  it('given a bad body or filter, then 400 with {detail, error, details, code} and nothing created', async () => {
    const before = (await request(t.url).get('/api/interviews/').set(owner.auth).expect(200)).body.count;
    const bad = await request(t.url)
      .post('/api/interviews/')
      .set(owner.auth)
      .send({ ...(await subjects(owner)), difficulty: 'extreme', interview_type: 'podcast', duration_minutes: 0, candidate_email: 'nope' })
      .expect(400);
    expect(bad.body).toMatchObject({ error: 'Validation failed', code: 'VALIDATION_ERROR' });
    expect(Array.isArray(bad.body.detail)).toBe(true);
    expect(Object.keys(bad.body.details).sort()).toEqual(['candidate_email', 'difficulty', 'duration_minutes', 'interview_type']);
    await request(t.url).post('/api/interviews/').set(owner.auth).send({ job: 42, candidate: 'x' }).expect(400);
    await request(t.url).get('/api/interviews/?status=finished').set(owner.auth).expect(400);
    await request(t.url).get('/api/interviews/?page=0').set(owner.auth).expect(400);
    expect((await request(t.url).get('/api/interviews/').set(owner.auth).expect(200)).body.count).toBe(before);
  });

  it('given several interviews, when listing with filters and pages, then {count,next,previous,results} of only the visible ones', async () => {
    const lister = await signUp(t.url, 's3-lister@example.com');
    const [jobA, jobB, cand1, cand2] = [await newJob(lister, 'Job A'), await newJob(lister, 'Job B'), await newCandidate(lister, 'Cand One'), await newCandidate(lister, 'Cand Two')];
    const a = await create(lister, { job: jobA, candidate: cand1 });
    const b = await create(lister, { job: jobA, candidate: cand2, scheduled_at: '2031-01-01T10:00:00Z' });
    const c = await create(lister, { job: jobB, candidate: cand1 });
    await create(other, await subjects(other));

    const all = await request(t.url).get('/api/interviews/').set(lister.auth).expect(200);
    expect(all.body).toEqual({ count: 3, next: null, previous: null, results: expect.any(Array) });
    expect(all.body.results.map((r: { _id: string }) => r._id)).toEqual([c._id, b._id, a._id]);
    expect(all.body.results[0]).toMatchObject({ _id: c._id, job: { _id: jobB, title: 'Job B' }, candidate: { _id: cand1, full_name: 'Cand One' }, status: 'pending', enable_video_analysis: false });

    const byJob = await request(t.url).get(`/api/interviews/?job=${jobA}`).set(lister.auth).expect(200);
    expect(byJob.body.results.map((r: { _id: string }) => r._id)).toEqual([b._id, a._id]);
    const byCandidate = await request(t.url).get(`/api/interviews/?candidate=${cand1}`).set(lister.auth).expect(200);
    expect(byCandidate.body.results.map((r: { _id: string }) => r._id)).toEqual([c._id, a._id]);
    const scheduled = await request(t.url).get('/api/interviews/?status=scheduled').set(lister.auth).expect(200);
    expect(scheduled.body.results.map((r: { _id: string }) => r._id)).toEqual([b._id]);

    const page1 = await request(t.url).get(`/api/interviews/?page_size=2&job=${jobA}`).set(lister.auth).expect(200);
    expect(page1.body).toMatchObject({ count: 2, next: null, previous: null });
    const first = await request(t.url).get(`/api/interviews/?page_size=1&job=${jobA}`).set(lister.auth).expect(200);
    expect(first.body.count).toBe(2);
    expect(first.body.previous).toBeNull();
    const next = new URL(first.body.next);
    expect(next.pathname).toBe('/api/interviews/');
    expect(Object.fromEntries(next.searchParams)).toEqual({ page_size: '1', job: jobA, page: '2' });
    const second = await request(t.url).get(`${next.pathname}${next.search}`).set(lister.auth).expect(200);
    expect(second.body.results.map((r: { _id: string }) => r._id)).toEqual([a._id]);
    expect(second.body.next).toBeNull();
    expect(Object.fromEntries(new URL(second.body.previous).searchParams)).toEqual({ page_size: '1', job: jobA });
  });

  it('given the interview_link an invitation carries, when the candidate follows it with the invite token, then it answers how to join (JSON or a page), 404 with another token', async () => {
    const created = await create(owner, await subjects(owner));
    const path = new URL(created.interview_link).pathname;
    const token = encodeURIComponent(created.invite_token);
    const res = await request(t.url).get(`${path}?token=${token}`).set('Accept', 'application/json').expect(200);
    expect(res.body).toMatchObject({
      interview_id: created._id,
      title: 'Senior Java Developer — John Doe',
      position: 'Senior Java Developer',
      status: 'pending',
      websocket_url: `wss://candor.example/ws/interview/${created._id}/?token=${token}`,
      join_url: `https://candor.example/interview/${created._id}?token=${token}`,
    });
    expect(res.body.instructions).toContain('start_interview');
    // The token is in the URL: nothing caches the answer or passes the link on as a Referer.
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });

    const page = await request(t.url).get(`${path}/?token=${token}`).set('Accept', 'text/html,application/xhtml+xml').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain(`wss://candor.example/ws/interview/${created._id}/?token=${token}`);
    expect(page.text).toContain('Senior Java Developer');

    const wrong = await request(t.url).get(`${path}?token=not-the-token`).set('Accept', 'application/json').expect(404);
    expect(wrong.body).toMatchObject({ detail: expect.any(String), code: 'INTERVIEW.NOT_FOUND' });
    await request(t.url).get(`/interview/${UNKNOWN}?token=${token}`).set('Accept', 'application/json').expect(404);
    const bare = await request(t.url).get(path).set('Accept', 'application/json').expect(401);
    expect(bare.body.detail).toContain('invite token');
    const form = await request(t.url).get(path).set('Accept', 'text/html').expect(200);
    expect(form.text).toContain('name="token"');
  });

  it('given an interview that is not completed, when asking for its score or report, then 409 for the owner and 403 for its candidate', async () => {
    const created = await create(owner, { ...(await subjects(owner)), candidate_email: candidate.email });
    const res = await request(t.url).get(`/api/interviews/${created._id}/score/`).set(owner.auth).expect(409);
    expect(res.body).toMatchObject({ code: 'INTERVIEW.NOT_COMPLETED', error: expect.stringContaining('pending') });
    await request(t.url).get(`/api/reports/${created._id}/`).set(owner.auth).expect(409);
    await request(t.url).get(`/api/reports/${created._id}/export/`).set(owner.auth).expect(409);
    await request(t.url).get(`/api/interviews/${created._id}/score/`).set(candidate.auth).expect(403);
  });
});
