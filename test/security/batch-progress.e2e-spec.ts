import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, logIn, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';

/**
 * Finding 6: the documented S4 batch progress socket `/ws/batch/{job_id}/progress` exists, and only the job's
 * owner may watch it (a stranger 4403, a forged token 4401, an unknown job 4404; a logout ends the watch with 4401).
 */
describe('security: the batch progress socket', () => {
  let t: TestApp;
  let ws: string;
  let owner: Actor;
  let stranger: Actor;
  let templateId: string;

  const startBatch = async (who: Actor, csv: string) =>
    (await request(t.url).post(`/interviewer/interviews/${templateId}/invite/batch`).set(who.auth).send({ csv }).expect(202)).body.data as { job_id: string; progress_url: string };

  beforeAll(async () => {
    t = await startTestApp();
    ws = t.url.replace(/^http/, 'ws');
    [owner, stranger] = await Promise.all([signUp(t.url, 'batch-sec-owner@example.com'), signUp(t.url, 'batch-sec-stranger@example.com')]);
    templateId = (await request(t.url).post('/interviewer/interviews/').set(owner.auth).send({ title: 'Batch screen', interview_type: 'technical', duration_minutes: 30 }).expect(201)).body.data.id;
  });
  afterAll(async () => t.close());

  it('the owner watches a batch to completion on the documented path', async () => {
    const job = await startBatch(owner, 'email\none@example.com\ntwo@example.com\n');
    expect(job.progress_url).toBe(`/ws/batch/${job.job_id}/progress`);

    const socket = await WsTestClient.connect(`${ws}${job.progress_url}?token=${owner.token}`);
    expect(await socket.next('connected')).toMatchObject({ job_id: job.job_id, total: 2 });
    const done = await request(t.url).get(`/interviewer/batch/${job.job_id}`).set(owner.auth).expect(200);
    const final = done.body.data.status === 'completed' ? done.body.data : await socket.next('completed', () => true, 10_000);
    expect(final).toMatchObject({ total: 2, processed: 2, succeeded: 2 });
    socket.close();
  });

  it('a stranger, a forged token and an unknown job are refused; a logout closes the watch with 4401', async () => {
    const job = await startBatch(owner, 'email\nthree@example.com\n');
    expect((await (await WsTestClient.connect(`${ws}${job.progress_url}?token=${stranger.token}`)).closeCode()).code).toBe(4403);
    expect((await (await WsTestClient.connect(`${ws}${job.progress_url}?token=forged`)).closeCode()).code).toBe(4401);
    expect((await (await WsTestClient.connect(`${ws}/ws/batch/00000000-0000-4000-8000-000000000000/progress?token=${owner.token}`)).closeCode()).code).toBe(4404);

    const session = await logIn(t.url, owner.email, 'Sup3r-secret-pw');
    const watch = await WsTestClient.connect(`${ws}${job.progress_url}?token=${session.token}`);
    await watch.next('connected');
    await request(t.url).post('/auth/logout').set(session.auth).expect(200);
    expect((await watch.closeCode()).code).toBe(4401);
  });
});
