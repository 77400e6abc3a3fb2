import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';

/** GET /api/v1/interviews/{id}/events and /events/replay: the stream as stored, for audit teams. */
describe('interview audit routes', () => {
  let t: TestApp;
  let owner: Actor;
  let candidate: Actor;
  let stranger: Actor;
  let admin: Actor;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    [owner, candidate, stranger] = await Promise.all([
      signUp(t.url, 'audit-routes-owner@example.com'),
      signUp(t.url, 'audit-routes-cand@example.com', 'candidate'),
      signUp(t.url, 'audit-routes-stranger@example.com'),
    ]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    id = (await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Audited', candidate_email: 'audit-routes-cand@example.com' }).expect(201)).body.id;
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ title: 'Audited, renamed' }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
  });
  afterAll(async () => t.close());

  it('lists the events in stream order with their metadata, page by page', async () => {
    const all = (await request(t.url).get(`/api/v1/interviews/${id}/events`).set(owner.auth).expect(200)).body;
    expect(all.events.map((e: { type: string }) => e.type)).toEqual(['InterviewCreated', 'InterviewUpdated', 'InterviewStarted']);
    expect(all.events.map((e: { revision: number }) => e.revision)).toEqual([1, 2, 3]);
    expect(all).toMatchObject({ interview_id: id, head_revision: 3, next_revision: null });
    expect(all.events[1]).toMatchObject({
      id: expect.any(String),
      position: expect.any(String),
      recorded_at: expect.any(String),
      data: expect.objectContaining({ interviewId: id }),
      metadata: { correlation_id: expect.any(String), user_id: owner.id, timestamp: expect.any(String), schema_version: expect.any(Number) },
    });

    const first = (await request(t.url).get(`/api/v1/interviews/${id}/events?limit=2`).set(owner.auth).expect(200)).body;
    expect(first.events).toHaveLength(2);
    expect(first.next_revision).toBe(3);
    const rest = (await request(t.url).get(`/api/v1/interviews/${id}/events?from_revision=${first.next_revision}`).set(owner.auth).expect(200)).body;
    expect(rest.events.map((e: { type: string }) => e.type)).toEqual(['InterviewStarted']);
  });

  it('replays the state to any revision: before the start it was not started, and the title had changed at 2', async () => {
    const atOne = (await request(t.url).get(`/api/v1/interviews/${id}/events/replay?to_revision=1`).set(owner.auth).expect(200)).body;
    expect(atOne).toMatchObject({ revision: 1, head_revision: 3, state: { exists: true } });
    const atTwo = (await request(t.url).get(`/api/v1/interviews/${id}/events/replay?to_revision=2`).set(admin.auth).expect(200)).body;
    const head = (await request(t.url).get(`/api/v1/interviews/${id}/events/replay`).set(owner.auth).expect(200)).body;
    expect(atOne.state.status).not.toBe(head.state.status);
    expect(atTwo.state.details.title).toBe('Audited, renamed');
    expect(atOne.state.details.title).toBe('Audited');
    expect(head).toMatchObject({ revision: 3, state: { status: 'in_progress' } });
  });

  it('refuses the candidate and strangers (403), unknown ids (404) and bad parameters (422)', async () => {
    await request(t.url).get(`/api/v1/interviews/${id}/events`).set(candidate.auth).expect(403);
    const refused = await request(t.url).get(`/api/v1/interviews/${id}/events/replay`).set(stranger.auth).expect(403);
    expect(refused.body).toEqual(expect.objectContaining({ detail: expect.any(String), status_code: 403 }));
    await request(t.url).get('/api/v1/interviews/00000000-0000-4000-8000-000000000000/events').set(owner.auth).expect(404);
    const bad = await request(t.url).get(`/api/v1/interviews/${id}/events?limit=0`).set(owner.auth).expect(422);
    expect(bad.body.status_code).toBe(422);
    await request(t.url).get(`/api/v1/interviews/${id}/events`).expect(401);
  });
});
