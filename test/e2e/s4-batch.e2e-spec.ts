import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };

/** S4 batch operations: invitations from a CSV as a job, its progress on `/ws/batch/{job_id}/progress`. */
describe('S4 batch invitations', () => {
  let t: TestApp;
  let recruiter: Actor;
  let other: Actor;
  let templateId: string;
  let ws: string;

  beforeAll(async () => {
    t = await startTestApp();
    ws = t.url.replace(/^http/, 'ws');
    [recruiter, other] = await Promise.all([signUp(t.url, 'batch-recruiter@example.com'), signUp(t.url, 'batch-other@example.com')]);
    templateId = (await request(t.url).post('/interviewer/interviews/').set(recruiter.auth).send({ title: 'Backend screen', interview_type: 'technical', duration_minutes: 30 }).expect(201)).body.data.id;
  });
  afterAll(async () => t.close());

  it('invites 50 candidates from a CSV: 202 with the job id, every item reported on the progress socket, all recorded', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `cand${i}@example.com,"Candidate ${i}, Jr",2030-02-01T10:00:00Z,Welcome`);
    const csv = ['email,name,scheduled_at,message', ...rows].join('\n');
    const started = await request(t.url)
      .post(`/interviewer/interviews/${templateId}/invite/batch`)
      .set(recruiter.auth)
      .attach('file', Buffer.from(csv), { filename: 'candidates.csv', contentType: 'text/csv' })
      .expect(202);
    expect(started.body).toEqual({
      success: true,
      message: 'Batch of 50 invitations started',
      data: { job_id: expect.any(String), kind: 'invitations', total: 50, status: 'running', progress_url: `/ws/batch/${started.body.data.job_id}/progress` },
    });
    const jobId = started.body.data.job_id;

    const socket = await WsTestClient.connect(`${ws}/ws/batch/${jobId}/progress?token=${recruiter.token}`);
    const hello = await socket.next('connected');
    expect(hello).toMatchObject({ job_id: jobId, kind: 'invitations', total: 50, processed: expect.any(Number) });
    const completed = await socket.next('completed', () => true, 30_000);
    expect(completed).toEqual({ type: 'completed', job_id: jobId, status: 'completed', total: 50, processed: 50, succeeded: 50, failed: 0, percent: 100, timestamp: expect.any(String) });
    const progress = socket.messages.filter((m) => m.type === 'progress');
    // Every item not yet processed when the socket connected arrives as its own message, in order, with running counts.
    expect(progress.map((m) => m.processed)).toEqual(Array.from({ length: 50 - (hello.processed as number) }, (_, i) => (hello.processed as number) + i + 1));
    for (const m of progress) expect(m).toMatchObject({ job_id: jobId, total: 50, failed: 0, item: { status: 'succeeded', result_id: expect.any(String), error: null } });
    socket.close();

    const job = await request(t.url).get(`/interviewer/batch/${jobId}`).set(recruiter.auth).expect(200);
    expect(job.body.data).toMatchObject({ job_id: jobId, status: 'completed', total: 50, processed: 50, succeeded: 50, failed: 0, completed_at: expect.any(String) });
    expect(job.body.data.items[7]).toEqual({ index: 7, label: 'cand7@example.com', status: 'succeeded', result_id: expect.any(String), error: null });
    const interview = await request(t.url).get(`/candidates/interviews/${job.body.data.items[7].result_id}`).set(recruiter.auth).expect(200);
    expect(interview.body.data).toMatchObject({ title: 'Backend screen', candidate_email: 'cand7@example.com', candidate_name: 'Candidate 7, Jr', status: 'scheduled' });
    const invitations = await request(t.url).get(`/interviewer/interviews/invitations?template_id=${templateId}&size=1`).set(recruiter.auth).expect(200);
    expect(invitations.body.pagination.total).toBe(50);
  });

  it('fails a bad row alone (JSON body), and the socket reports it', async () => {
    const started = await request(t.url)
      .post(`/interviewer/interviews/${templateId}/invite/batch`)
      .set(recruiter.auth)
      .send({ csv: 'candidate_email,name\ngood@example.com,Good\nnot-an-email,Bad\nalso.good@example.com,\n' })
      .expect(202);
    const jobId = started.body.data.job_id;
    const socket = await WsTestClient.connect(`${ws}/ws/batch/${jobId}/progress?token=${recruiter.token}`);
    await socket.next('connected');
    const done = await request(t.url).get(`/interviewer/batch/${jobId}`).set(recruiter.auth).expect(200);
    const final = done.body.data.status === 'completed' ? done.body.data : (await socket.next('completed', () => true, 10_000));
    expect(final).toMatchObject({ total: 3, processed: 3, succeeded: 2, failed: 1 });
    socket.close();
    const job = (await request(t.url).get(`/interviewer/batch/${jobId}`).set(recruiter.auth).expect(200)).body.data;
    expect(job.items[1]).toEqual({ index: 1, label: 'not-an-email', status: 'failed', result_id: null, error: 'row 3: not an email address' });
  });

  it('refuses a bad CSV, someone else\'s template and someone else\'s job, in S4\'s error body; the socket closes with 4403/4404', async () => {
    const noEmail = await request(t.url).post(`/interviewer/interviews/${templateId}/invite/batch`).set(recruiter.auth).send({ csv: 'name\nAda\n' }).expect(400);
    expect(noEmail.body).toEqual({ ...S4_ERROR, error_code: 'BATCH.INVALID' });
    const empty = await request(t.url).post(`/interviewer/interviews/${templateId}/invite/batch`).set(recruiter.auth).send({}).expect(400);
    expect(empty.body).toEqual(S4_ERROR);
    const foreign = await request(t.url).post(`/interviewer/interviews/${templateId}/invite/batch`).set(other.auth).send({ csv: 'email\na@example.com\n' }).expect(403);
    expect(foreign.body).toEqual(S4_ERROR);
    await request(t.url).post('/interviewer/interviews/00000000-0000-4000-8000-000000000000/invite/batch').set(recruiter.auth).send({ csv: 'email\na@example.com\n' }).expect(404);

    const started = await request(t.url).post(`/interviewer/interviews/${templateId}/invite/batch`).set(recruiter.auth).send({ csv: 'email\nx@example.com\n' }).expect(202);
    const jobId = started.body.data.job_id;
    expect((await request(t.url).get(`/interviewer/batch/${jobId}`).set(other.auth).expect(403)).body).toEqual(S4_ERROR);
    await request(t.url).get('/interviewer/batch/00000000-0000-4000-8000-000000000000').set(recruiter.auth).expect(404);
    const stranger = await WsTestClient.connect(`${ws}/ws/batch/${jobId}/progress?token=${other.token}`);
    expect((await stranger.closeCode()).code).toBe(4403);
    const unknown = await WsTestClient.connect(`${ws}/ws/batch/00000000-0000-4000-8000-000000000000/progress?token=${recruiter.token}`);
    expect((await unknown.closeCode()).code).toBe(4404);
    const anonymous = await WsTestClient.connect(`${ws}/ws/batch/${jobId}/progress?token=nope`);
    expect((await anonymous.closeCode()).code).toBe(4401);
  });

  it('documents the batch routes in /openapi.json', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    expect(spec.paths['/interviewer/interviews/{template_id}/invite/batch'].post.summary).toEqual(expect.any(String));
    expect(spec.paths['/interviewer/interviews/{template_id}/invite/batch'].post.requestBody.content).toHaveProperty(['multipart/form-data']);
    expect(spec.paths['/interviewer/batch/{job_id}'].get.summary).toEqual(expect.any(String));
  });
});
