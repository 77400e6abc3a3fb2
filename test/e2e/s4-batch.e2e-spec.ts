import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';
import { requireSystemPackages } from '@candor/testing/system-packages';

requireSystemPackages('poppler-utils');

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

  it('uploads CVs in bulk as a job: each parsed into a candidate, a wrong type failing alone, progress on the socket', async () => {
    const pdf = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument();
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      ['Grace Hopper', 'grace@example.com | +1 415 555 2671', 'Skills', 'COBOL, Fortran, Python'].forEach((l) => doc.text(l));
      doc.end();
    });
    const started = await request(t.url)
      .post('/api/candidates/bulk_upload/')
      .set(recruiter.auth)
      .attach('cv_files', pdf, { filename: 'grace.pdf', contentType: 'application/pdf' })
      .attach('cv_files', Buffer.from('Linus Torvalds\nlinus@example.com\nSkills\nC, Git, Linux\n'), { filename: 'linus.txt', contentType: 'text/plain' })
      .attach('cv_files', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), { filename: 'photo.png', contentType: 'image/png' })
      .expect(202);
    expect(started.body).toEqual({ job_id: expect.any(String), kind: 'cv_upload', total: 3, status: 'running', progress_url: expect.stringMatching(/^\/ws\/batch\/.+\/progress$/), status_url: `/interviewer/batch/${started.body.job_id}` });
    const socket = await WsTestClient.connect(`${ws}${started.body.progress_url}?token=${recruiter.token}`);
    const hello = await socket.next('connected');
    const final = hello.status === 'completed' ? hello : await socket.next('completed', () => true, 20_000);
    expect(final).toMatchObject({ total: 3, processed: 3, succeeded: 2, failed: 1 });
    socket.close();
    const job = (await request(t.url).get(started.body.status_url).set(recruiter.auth).expect(200)).body.data;
    expect(job.items.map((i: { label: string; status: string }) => [i.label, i.status])).toEqual([['grace.pdf', 'succeeded'], ['linus.txt', 'succeeded'], ['photo.png', 'failed']]);
    expect(job.items[2].error).toContain('Unsupported CV');
    const grace = await request(t.url).get(`/api/candidates/${job.items[0].result_id}/`).set(recruiter.auth).expect(200);
    expect(grace.body).toMatchObject({ full_name: 'Grace Hopper', phone: '+14155552671', technical_skills: ['COBOL', 'Fortran', 'Python'] });
    const linus = await request(t.url).get(`/api/candidates/${job.items[1].result_id}/`).set(recruiter.auth).expect(200);
    expect(linus.body.technical_skills).toEqual(['C', 'Git', 'Linux']);
    // The staged copies are gone once processed.
    const staged = join(t.dataDir, 'uploads', 'batches', job.job_id);
    expect(existsSync(staged) ? readdirSync(staged) : []).toEqual([]);
  });

  it('refuses a bulk upload without files or with more than 50 (400), and a CV over 10 MB (413), keeping nothing', async () => {
    const none = await request(t.url).post('/api/candidates/bulk_upload/').set(recruiter.auth).field('note', 'x').expect(400);
    expect(none.body).toMatchObject({ code: 'BATCH.INVALID', error: expect.any(String) });
    let tooMany = request(t.url).post('/api/candidates/bulk_upload/').set(recruiter.auth);
    for (let i = 0; i < 51; i++) tooMany = tooMany.attach('cv_files', Buffer.from(`Person ${i}\n`), { filename: `p${i}.txt`, contentType: 'text/plain' });
    expect((await tooMany.expect(400)).body.error).toContain('at most 50 files');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10, 32)]);
    await request(t.url).post('/api/candidates/bulk_upload/').set(recruiter.auth).attach('cv_files', big, { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413);
    const batches = join(t.dataDir, 'uploads', 'batches');
    const left = existsSync(batches) ? readdirSync(batches, { recursive: true }).filter((f) => String(f).match(/\/\d+$/)) : [];
    expect(left).toEqual([]);
  });

  it('documents the batch routes in /openapi.json', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    expect(spec.paths['/interviewer/interviews/{template_id}/invite/batch'].post.summary).toEqual(expect.any(String));
    expect(spec.paths['/interviewer/interviews/{template_id}/invite/batch'].post.requestBody.content).toHaveProperty(['multipart/form-data']);
    expect(spec.paths['/interviewer/batch/{job_id}'].get.summary).toEqual(expect.any(String));
    expect(spec.paths['/api/candidates/bulk_upload'].post.requestBody.content).toHaveProperty(['multipart/form-data']);
  });
});
