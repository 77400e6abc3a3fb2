import { createHmac } from 'node:crypto';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };

/** S4 `/candidates/interviews/*` over the shared interview aggregate (recordings and verification: s4-candidates-media). */
describe('S4 /candidates/interviews', () => {
  let t: TestApp;
  let owner: Actor;
  let candidate: Actor;
  let stranger: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUp(t.url, 's4-cand-owner@example.com');
    candidate = await signUp(t.url, 's4-cand-candidate@example.com', 'candidate');
    stranger = await signUp(t.url, 's4-cand-stranger@example.com');
  });
  afterAll(async () => t.close());

  const create = (who: Actor, body: Record<string, unknown>) => request(t.url).post('/candidates/interviews/').set(who.auth).send(body);

  it('creates, reads and lists interviews in the S4 wrapper with pagination and filters', async () => {
    const created = await create(owner, { title: 'Backend screen', candidate_email: candidate.email, position: 'Backend Engineer' }).expect(201);
    expect(created.body).toMatchObject({ success: true, message: 'Interview created', data: { title: 'Backend screen', status: 'pending', creator_id: owner.id } });
    const id = created.body.data.id;
    for (const title of ['Frontend screen', 'Data screen']) await create(owner, { title }).expect(201);

    const detail = await request(t.url).get(`/candidates/interviews/${id}`).set(owner.auth).expect(200);
    expect(detail.body).toEqual({ success: true, data: expect.objectContaining({ id, candidate_email: candidate.email }) });

    const page1 = await request(t.url).get('/candidates/interviews/?page=1&size=2&sort_order=asc').set(owner.auth).expect(200);
    expect(page1.body.data.map((i: { title: string }) => i.title)).toEqual(['Backend screen', 'Frontend screen']);
    expect(page1.body.pagination).toEqual({ page: 1, size: 2, total: 3, pages: 2, has_next: true, has_prev: false });
    const page2 = await request(t.url).get('/candidates/interviews?page=2&size=2&sort_order=asc').set(owner.auth).expect(200);
    expect(page2.body.data.map((i: { title: string }) => i.title)).toEqual(['Data screen']);
    expect(page2.body.pagination).toMatchObject({ has_next: false, has_prev: true });

    const searched = await request(t.url).get('/candidates/interviews?search=FRONTEND').set(owner.auth).expect(200);
    expect(searched.body.data.map((i: { title: string }) => i.title)).toEqual(['Frontend screen']);
    const sortedByTitle = await request(t.url).get('/candidates/interviews?sort_by=title&sort_order=asc').set(owner.auth).expect(200);
    expect(sortedByTitle.body.data.map((i: { title: string }) => i.title)).toEqual(['Backend screen', 'Data screen', 'Frontend screen']);
    const future = await request(t.url).get('/candidates/interviews?date_from=2999-01-01').set(owner.auth).expect(200);
    expect(future.body.pagination.total).toBe(0);

    // The candidate sees the interview that names their email, and nothing else.
    const mine = await request(t.url).get('/candidates/interviews').set(candidate.auth).expect(200);
    expect(mine.body.data.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('answers 400, 403 and 404 in the S4 error shape', async () => {
    const noTitle = await create(owner, { description: 'no title' }).expect(400);
    expect(noTitle.body).toEqual(S4_ERROR);
    const tooBig = await request(t.url).get('/candidates/interviews?size=101').set(owner.auth).expect(400);
    expect(tooBig.body).toEqual(S4_ERROR);
    const badStatus = await request(t.url).get('/candidates/interviews?status=dancing').set(owner.auth).expect(400);
    expect(badStatus.body).toEqual(S4_ERROR);
    // An unknown sort field is refused like an unknown status (as /admin/users does), not silently sorted by creation.
    const badSort = await request(t.url).get('/candidates/interviews?sort_by=salary').set(owner.auth).expect(400);
    expect(badSort.body).toEqual({ ...S4_ERROR, errors: [expect.stringContaining('sort_by')] });

    const id = (await create(owner, { title: 'Private', candidate_email: candidate.email }).expect(201)).body.data.id;
    const forbidden = await request(t.url).get(`/candidates/interviews/${id}`).set(stranger.auth).expect(403);
    expect(forbidden.body).toEqual(S4_ERROR);
    const candidateEdit = await request(t.url).put(`/candidates/interviews/${id}`).set(candidate.auth).send({ title: 'Hijacked' }).expect(403);
    expect(candidateEdit.body).toEqual(S4_ERROR);
    await request(t.url).delete(`/candidates/interviews/${id}`).set(candidate.auth).expect(403);
    const missing = await request(t.url).get('/candidates/interviews/00000000-0000-4000-8000-000000000000').set(owner.auth).expect(404);
    expect(missing.body).toEqual(S4_ERROR);
    await request(t.url).get('/candidates/interviews/not-a-uuid').set(owner.auth).expect(404);
    const anonymous = await request(t.url).get('/candidates/interviews').expect(401);
    expect(anonymous.body).toEqual(S4_ERROR);
  });

  it('updates, starts, ends and deletes (cancels) through the lifecycle', async () => {
    const id = (await create(owner, { title: 'Lifecycle', candidate_email: candidate.email }).expect(201)).body.data.id;
    const updated = await request(t.url).put(`/candidates/interviews/${id}`).set(owner.auth).send({ title: 'Lifecycle v2', duration_minutes: 45 }).expect(200);
    expect(updated.body.data).toMatchObject({ title: 'Lifecycle v2', duration_minutes: 45 });

    const started = await request(t.url).post(`/candidates/interviews/${id}/start`).set(candidate.auth).expect(200);
    expect(started.body).toEqual({
      success: true,
      data: {
        interview_id: id,
        status: 'in_progress',
        started_at: expect.any(String),
        session_code: expect.stringMatching(/^[A-Z0-9]{6}$/),
        room_name: expect.any(String),
        duration_minutes: 45,
        livekit_token: expect.any(String),
        livekit_url: 'ws://localhost:7880',
        token_expires_at: expect.any(String),
        participant_role: 'guest',
      },
    });
    // The token is a LiveKit access token for that room, signed with the server's LiveKit secret (dev default).
    const [header, payload, signature] = (started.body.data.livekit_token as string).split('.');
    expect(createHmac('sha256', 'secret').update(`${header}.${payload}`).digest('base64url')).toBe(signature);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims).toMatchObject({ iss: 'devkey', video: { room: started.body.data.room_name, roomJoin: true } });
    expect(Date.parse(started.body.data.token_expires_at)).toBeGreaterThan(Date.now());
    // The owner rejoining gets a host token for the same room.
    const host = await request(t.url).post(`/candidates/interviews/${id}/start`).set(owner.auth).expect(200);
    expect(host.body.data).toMatchObject({ room_name: started.body.data.room_name, participant_role: 'host' });
    const ended = await request(t.url).post(`/candidates/interviews/${id}/end`).set(owner.auth).expect(200);
    expect(ended.body.data).toMatchObject({ interview_id: id, status: 'completed', ended_at: expect.any(String), duration_minutes: expect.any(Number), message_count: 0 });
    expect(Date.parse(ended.body.data.ended_at)).toBeGreaterThanOrEqual(Date.parse(started.body.data.started_at));
    const again = await request(t.url).post(`/candidates/interviews/${id}/end`).set(owner.auth).expect(409);
    expect(again.body).toEqual(S4_ERROR);

  });

  it('deletes an interview: then 404 on every surface and absent from lists, while its events stay for the audit', async () => {
    const other = (await create(owner, { title: 'To delete', candidate_email: candidate.email }).expect(201)).body.data.id;
    const deleted = await request(t.url).delete(`/candidates/interviews/${other}`).set(owner.auth).expect(200);
    expect(deleted.body).toEqual({ success: true, data: { message: 'Interview deleted successfully' }, message: 'Interview deleted successfully' });
    const gone = await request(t.url).get(`/candidates/interviews/${other}`).set(owner.auth).expect(404);
    expect(gone.body).toEqual(S4_ERROR);
    await request(t.url).get(`/candidates/interviews/${other}`).set(candidate.auth).expect(404);
    await request(t.url).get(`/api/v1/interviews/${other}`).set(owner.auth).expect(404);
    await request(t.url).get(`/api/interviews/${other}/`).set(owner.auth).expect(404);
    const listed = await request(t.url).get('/candidates/interviews?size=100').set(owner.auth).expect(200);
    expect(listed.body.data.map((i: { id: string }) => i.id)).not.toContain(other);
    const asCandidate = await request(t.url).get('/candidates/interviews?size=100').set(candidate.auth).expect(200);
    expect(asCandidate.body.data.map((i: { id: string }) => i.id)).not.toContain(other);
    await request(t.url).delete(`/candidates/interviews/${other}`).set(owner.auth).expect(404);
    await request(t.url).post(`/candidates/interviews/${other}/start`).set(owner.auth).expect(404);
    await request(t.url).put(`/candidates/interviews/${other}`).set(owner.auth).send({ title: 'Back?' }).expect(404);
    const audit = await request(t.url).get(`/api/v1/interviews/${other}/events`).set(owner.auth).expect(200);
    expect(JSON.stringify(audit.body)).toContain('InterviewDeleted');
    expect(JSON.stringify(audit.body)).toContain('InterviewCreated');

    // A running interview can be deleted too.
    const running = (await create(owner, { title: 'Running' }).expect(201)).body.data.id;
    await request(t.url).post(`/candidates/interviews/${running}/start`).set(owner.auth).expect(200);
    await request(t.url).delete(`/candidates/interviews/${running}`).set(owner.auth).expect(200);
    await request(t.url).get(`/candidates/interviews/${running}`).set(owner.auth).expect(404);
  });

  it('documents every route in /openapi.json', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    expect(Object.keys(spec.paths['/candidates/interviews'] ?? spec.paths['/candidates/interviews/'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(spec.paths['/candidates/interviews/{interview_id}'])).toEqual(expect.arrayContaining(['get', 'put', 'delete']));
    expect(spec.paths['/candidates/interviews/{interview_id}/start'].post).toBeDefined();
    expect(spec.paths['/candidates/interviews/{interview_id}/end'].post).toBeDefined();
  });
});
