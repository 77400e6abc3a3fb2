import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };
const SCHEDULED_AT = '2030-03-01T10:00:00.000Z';

/** S4 `POST /candidates/interviews/{id}/withdraw`: the candidate declines an interview before it starts. */
describe('S4 candidate withdraws from an interview', () => {
  let t: TestApp;
  let events: EventStore;
  let owner: Actor;
  let candidate: Actor;
  let stranger: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    events = t.app.get(EVENT_STORE);
    owner = await signUp(t.url, 's4-withdraw-owner@example.com');
    candidate = await signUp(t.url, 's4-withdraw-candidate@example.com', 'candidate');
    stranger = await signUp(t.url, 's4-withdraw-stranger@example.com', 'candidate');
  });
  afterAll(async () => t.close());

  const schedule = async (title: string): Promise<string> =>
    (await request(t.url).post('/candidates/interviews/').set(owner.auth).send({ title, candidate_email: candidate.email, scheduled_at: SCHEDULED_AT }).expect(201))
      .body.data.id;
  const withdraw = (who: Actor, id: string, body?: Record<string, unknown>) => {
    const req = request(t.url).post(`/candidates/interviews/${id}/withdraw`).set(who.auth);
    return body === undefined ? req : req.send(body);
  };
  const eventTypes = async (id: string) => (await events.readStream(`interview-${id}`)).map((e) => e.type);

  it('given a scheduled interview, when its candidate withdraws, then it is cancelled by them and its owner sees when and why', async () => {
    const id = await schedule('Backend screen');
    const res = await withdraw(candidate, id, { reason: 'I accepted another offer' }).expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'You have withdrawn from the interview',
      data: { interview_id: id, status: 'cancelled', withdrawn_at: expect.any(String), reason: 'I accepted another offer', scheduled_at: SCHEDULED_AT },
    });
    expect(await eventTypes(id)).toEqual(['InterviewCreated', 'CandidateWithdrew']);

    const seen = await request(t.url).get(`/candidates/interviews/${id}`).set(owner.auth).expect(200);
    expect(seen.body.data).toMatchObject({
      status: 'cancelled',
      withdrawn_at: res.body.data.withdrawn_at,
      cancelled_at: res.body.data.withdrawn_at,
      cancellation_reason: 'I accepted another offer',
    });
    const cancelled = await request(t.url).get('/candidates/interviews?status=cancelled').set(owner.auth).expect(200);
    expect(cancelled.body.data.map((i: { id: string }) => i.id)).toContain(id);
    // Every surface shows the same aggregate.
    const s1 = await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200);
    expect(s1.body).toMatchObject({ status: 'cancelled', withdrawn_at: res.body.data.withdrawn_at });
  });

  it("given the owner's notification and status sockets open, when the candidate withdraws, then both hear it", async () => {
    const id = await schedule('Watched');
    const ws = t.url.replace(/^http/, 'ws');
    const inbox = await WsTestClient.connect(`${ws}/ws/user/${owner.id}/notifications?token=${encodeURIComponent(owner.token)}`);
    const status = await WsTestClient.connect(`${ws}/ws/interview/${id}/status?token=${encodeURIComponent(owner.token)}`);
    try {
      await Promise.all([inbox.next('connected'), status.next('connected')]);
      await withdraw(candidate, id, { reason: 'Relocating' }).expect(200);
      expect(await inbox.next('notification', (m) => (m.data as { interview_id: string }).interview_id === id)).toMatchObject({
        data: { status: 'cancelled', message: 'Interview "Watched" was withdrawn by the candidate: Relocating' },
      });
      expect(await status.next('interview_status')).toMatchObject({ data: { interview_id: id, status: 'cancelled', reason: 'Relocating' } });
    } finally {
      inbox.close();
      status.close();
    }
  });

  it('given a withdrawal, when the candidate withdraws again (a retried click), then the same answer and no new event', async () => {
    const id = await schedule('Retried');
    const first = await withdraw(candidate, id, { reason: 'Moving abroad' }).expect(200);
    const again = await withdraw(candidate, id, { reason: 'Moving abroad' }).expect(200);
    expect(again.body.data).toEqual(first.body.data);
    expect(await eventTypes(id)).toEqual(['InterviewCreated', 'CandidateWithdrew']);
  });

  it('given no body (or an empty JSON body), when the candidate withdraws, then it is recorded without a reason', async () => {
    const bare = await schedule('No reason');
    expect((await withdraw(candidate, bare).expect(200)).body.data).toMatchObject({ status: 'cancelled', reason: null });
    const emptyJson = await schedule('Empty JSON');
    const res = await request(t.url).post(`/candidates/interviews/${emptyJson}/withdraw`).set(candidate.auth).set('Content-Type', 'application/json').expect(200);
    expect(res.body.data).toMatchObject({ status: 'cancelled', reason: null });
  });

  it('refuses whoever is not the candidate (the owner cancels instead) in the S4 error body, changing nothing', async () => {
    const id = await schedule('Not yours');
    const byOwner = await withdraw(owner, id, {}).expect(403);
    expect(byOwner.body).toEqual(S4_ERROR);
    expect(byOwner.body.message).toContain('candidate');
    expect((await withdraw(stranger, id, {}).expect(403)).body).toEqual(S4_ERROR);
    expect((await request(t.url).post(`/candidates/interviews/${id}/withdraw`).expect(401)).body).toEqual(S4_ERROR);
    expect(await eventTypes(id)).toEqual(['InterviewCreated']);
  });

  it('answers a bad reason with 400 and an unknown interview with 404, in the S4 error body', async () => {
    const id = await schedule('Bad input');
    expect((await withdraw(candidate, id, { reason: 'x'.repeat(1001) }).expect(400)).body).toEqual(S4_ERROR);
    expect((await withdraw(candidate, id, { reason: 42 }).expect(400)).body).toEqual(S4_ERROR);
    expect(await eventTypes(id)).toEqual(['InterviewCreated']);
    expect((await withdraw(candidate, '00000000-0000-4000-8000-000000000000', {}).expect(404)).body).toEqual(S4_ERROR);
    expect((await withdraw(candidate, 'not-a-uuid', {}).expect(404)).body).toEqual(S4_ERROR);
  });

  it('answers 409 once the interview has started, and a withdrawn interview cannot start', async () => {
    const running = await schedule('Running');
    await request(t.url).post(`/candidates/interviews/${running}/start`).set(candidate.auth).expect(200);
    const tooLate = await withdraw(candidate, running, {}).expect(409);
    expect(tooLate.body).toEqual(S4_ERROR);
    expect(tooLate.body.message).toContain('already started');
    expect(await eventTypes(running)).toEqual(['InterviewCreated', 'InterviewStarted']);

    const withdrawn = await schedule('Withdrawn then started');
    await withdraw(candidate, withdrawn, {}).expect(200);
    expect((await request(t.url).post(`/candidates/interviews/${withdrawn}/start`).set(candidate.auth).expect(409)).body).toEqual(S4_ERROR);
    expect(await eventTypes(withdrawn)).toEqual(['InterviewCreated', 'CandidateWithdrew']);
  });
});
