import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { AskQuestionCommand, RecordMessageCommand } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

/** S3 reports carry `share_token` and `pdf_url`: a public read-only link that needs no login and can be revoked. */
describe('S3 report share links', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    [owner, other] = await Promise.all([signUp(t.url, 'share-owner@example.com'), signUp(t.url, 'share-other@example.com')]);
    id = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Python Engineer', candidate_name: 'Sam Reader' }).expect(200)).body.id;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    const commands = t.app.get(CommandBus);
    await commands.execute(new AskQuestionCommand(id, null, 'How does a Python dict work?', 'technical', 'medium'));
    await commands.execute(new RecordMessageCommand(id, null, 'candidate', 'A dict is a hash table: the key is hashed to a slot, so a lookup takes constant time on average.'));
    await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);
  });
  afterAll(async () => t.close());

  it('says why a score is null (no behavioural question, no video analysis)', async () => {
    const score = (await request(t.url).get(`/api/interviews/${id}/score/`).set(owner.auth).expect(200)).body;
    expect(score).toMatchObject({ cultural_fit_score: null, confidence_score: null, engagement_score: null });
    expect(score.score_notes).toEqual({
      cultural_fit_score: expect.stringContaining('behavioural'),
      confidence_score: expect.stringContaining('video analysis'),
      engagement_score: expect.stringContaining('facial'),
    });
  });

  it('shares, reads without login, and revokes', async () => {
    const before = (await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body;
    expect(before).toMatchObject({ interview: id, share_token: null, pdf_url: expect.stringMatching(new RegExp(`/api/reports/${id}/export/$`)) });

    const shared = (await request(t.url).post(`/api/reports/${id}/share/`).set(owner.auth).expect(201)).body;
    expect(shared).toEqual({ share_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), share_url: expect.stringContaining(`/api/shared-reports/${shared.share_token}/`) });
    expect((await request(t.url).post(`/api/reports/${id}/share/`).set(owner.auth).expect(201)).body.share_token).toBe(shared.share_token);
    expect((await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body.share_token).toBe(shared.share_token);

    const publicView = (await request(t.url).get(`/api/shared-reports/${shared.share_token}/`).expect(200)).body;
    expect(publicView).toMatchObject({ interview: id, overall_score: before.overall_score, recommendation: before.recommendation, pdf_url: expect.stringContaining(`/api/shared-reports/${shared.share_token}/export/`) });
    const pdf = await request(t.url).get(`/api/shared-reports/${shared.share_token}/export/`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    await request(t.url).post(`/api/reports/${id}/share/`).set(other.auth).expect(403);
    await request(t.url).delete(`/api/reports/${id}/share/`).set(other.auth).expect(403);
    await request(t.url).post(`/api/reports/${id}/share/`).expect(401);

    expect((await request(t.url).delete(`/api/reports/${id}/share/`).set(owner.auth).expect(200)).body).toEqual({ message: 'Share link revoked' });
    const gone = await request(t.url).get(`/api/shared-reports/${shared.share_token}/`).expect(404);
    expect(gone.body).toMatchObject({ error: expect.stringContaining('revoked'), code: expect.any(String) });
    await request(t.url).get(`/api/shared-reports/${shared.share_token}/export/`).expect(404);
    await request(t.url).get('/api/shared-reports/not-a-token/').expect(404);
    expect((await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body.share_token).toBeNull();

    // A new link after a revocation is a new secret.
    const again = (await request(t.url).post(`/api/reports/${id}/share/`).set(owner.auth).expect(201)).body;
    expect(again.share_token).not.toBe(shared.share_token);
  }, 60_000);

  it('refuses to share a report that does not exist yet (409, as reading it), and records no link', async () => {
    const pending = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Not yet held' }).expect(200)).body.id;
    const refused = await request(t.url).post(`/api/reports/${pending}/share/`).set(owner.auth).expect(409);
    expect(refused.body).toMatchObject({ code: 'INTERVIEW.NOT_COMPLETED', error: expect.stringContaining('pending'), detail: expect.any(String) });

    await request(t.url).post(`/api/v1/interviews/${pending}/start`).set(owner.auth).expect(200);
    await request(t.url).post(`/api/v1/interviews/${pending}/complete`).set(owner.auth).expect(200);
    expect((await request(t.url).get(`/api/reports/${pending}/`).set(owner.auth).expect(200)).body.share_token).toBeNull();
  });
});
