import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { READ_STORE, ReadStore, RecordMessageCommand } from '@candor/application';
import { startTestApp, TestApp } from '../../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../../support/interview-actors';
import { asText, makeAuditor, ndjson } from '../../support/audit-fixtures';

const NAME = 'Grace Hopperina';
const EMAIL = 'grace.hopperina@example.com';

/** Every file under a directory, recursively (the event log, its WAL, the uploads). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Issue 15 point 5: erasing a person without breaking the record. */
describe('audit: erasure (GDPR art. 17)', () => {
  let t: TestApp;
  let admin: Actor;
  let auditor: Actor;
  let owner: Actor;
  let interviewId: string;
  let candidateId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0' });
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    owner = await signUp(t.url, 'erasure-owner@example.com');
    auditor = await makeAuditor(t.url, admin, 'erasure-auditor@example.com');
    const commands = t.app.get(CommandBus);
    interviewId = (await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Backend interview', candidate_email: EMAIL }).expect(201)).body.id;
    await request(t.url).put(`/api/v1/interviews/${interviewId}`).set(owner.auth).send({ candidate_name: NAME }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${interviewId}/start`).set(owner.auth).expect(200);
    await commands.execute(new RecordMessageCommand(interviewId, null, 'candidate', `Hello, I am ${NAME}, reach me at ${EMAIL}.`));
    const cv = await request(t.url)
      .post('/api/candidates/upload_cv')
      .set(owner.auth)
      .field('full_name', NAME)
      .field('email', EMAIL)
      .attach('cv_file', Buffer.from(`${NAME}\n${EMAIL}\nBackend engineer with 7 years of Go and Kubernetes.\n`), { filename: 'grace.txt', contentType: 'text/plain' })
      .expect(201);
    candidateId = cv.body._id ?? cv.body.id;
    otherId = (await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Kept', candidate_email: 'alan@example.com' }).expect(201)).body.id;
    await request(t.url).put(`/api/v1/interviews/${otherId}`).set(owner.auth).send({ candidate_name: 'Alan Turingson' }).expect(200);
  });
  afterAll(async () => t.close());

  const grepAll = (needle: string) =>
    filesUnder(t.dataDir)
      .filter((f) => readFileSync(f).includes(Buffer.from(needle)))
      .map((f) => f.slice(t.dataDir.length));

  it('stores personal fields encrypted: the event file never holds the name or email in clear, reads show them', async () => {
    // The read models are decrypted views (until an erasure rebuilds them); the log and the key store never hold clear text.
    const heldInClear = (text: string) => grepAll(text).filter((f) => !f.includes('uploads') && !f.includes('read-models'));
    expect(heldInClear(NAME)).toEqual([]);
    expect(heldInClear(EMAIL)).toEqual([]);
    const s1 = (await request(t.url).get(`/api/v1/interviews/${interviewId}`).set(owner.auth).expect(200)).body;
    expect(s1).toMatchObject({ candidate_name: NAME, candidate_email: EMAIL });
  });

  it('only an admin erases; an unknown person is 404', async () => {
    await request(t.url).delete(`/api/v1/audit/people/${encodeURIComponent(EMAIL)}`).set(owner.auth).expect(403);
    await request(t.url).delete(`/api/v1/audit/people/${encodeURIComponent(EMAIL)}`).set(auditor.auth).expect(403);
    await request(t.url).delete('/api/v1/audit/people/nobody%40example.com').set(admin.auth).expect(404);
  });

  it('erases the candidate: no trace of the name or email in the event file, the read models or the uploads; the record still verifies', async () => {
    const erased = (await request(t.url).delete(`/api/v1/audit/people/${interviewId}`).set(admin.auth).expect(200)).body;
    expect(erased).toMatchObject({ person_id: expect.stringMatching(/^person-/), keys_destroyed: 1, files_deleted: 1, projections_rebuilt: true });
    expect(erased.streams).toEqual(expect.arrayContaining([`interview-${interviewId}`, `candidate-${candidateId}`]));

    expect(grepAll(NAME)).toEqual([]);
    expect(grepAll(EMAIL)).toEqual([]);
    const store = t.app.get<ReadStore>(READ_STORE);
    for (const collection of ['interviews', 'interview_transcripts', 'candidates', 'interview_states']) {
      const text = JSON.stringify(await store.collection<{ _id: string }>(collection).find({}));
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(EMAIL);
    }

    const s1 = (await request(t.url).get(`/api/v1/interviews/${interviewId}`).set(owner.auth).expect(200)).body;
    expect(s1).toMatchObject({ candidate_name: '[erased]', candidate_email: '[erased]', title: 'Backend interview' });
    const transcript = (await request(t.url).get(`/api/v1/audit/interviews/${interviewId}?reason=erasure+check`).set(auditor.auth).expect(200)).body.transcript;
    expect(transcript.messages.map((m: { text: string }) => m.text)).toEqual(['[erased]']);
    // Others are untouched.
    expect((await request(t.url).get(`/api/v1/interviews/${otherId}`).set(owner.auth).expect(200)).body).toMatchObject({ candidate_name: 'Alan Turingson' });

    const exported = await request(t.url).get(`/api/v1/audit/streams/interview-${interviewId}/export?reason=erasure+check`).set(auditor.auth).buffer(true).parse(asText).expect(200);
    const created = ndjson(exported.body).find((l) => l.type === 'InterviewCreated')!;
    expect(created.data.details.candidateEmail).toMatch(/^enc:v1:/);
    const verdict = (await request(t.url).post('/api/v1/audit/verify').set(auditor.auth).send({ export: exported.body }).expect(200)).body;
    expect(verdict).toMatchObject({ valid: true, events: expect.any(Number) });

    const erasures = ndjson((await request(t.url).get('/api/v1/audit/streams/audit-erasures/export?reason=who+erased').set(auditor.auth).buffer(true).parse(asText).expect(200)).body);
    expect(erasures.find((l) => l.type === 'PersonErased')!.data).toMatchObject({ personId: erased.person_id, erasedBy: admin.id, keysDestroyed: 1 });
  });

  it('survives a restart: the read models rebuilt from the log still hold nothing of the person', async () => {
    const dir = t.dataDir;
    await t.close({ keepData: true });
    t = await startTestApp({ ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0' }, dir);
    owner = await logIn(t.url, 'erasure-owner@example.com', 'Sup3r-secret-pw');
    const s1 = (await request(t.url).get(`/api/v1/interviews/${interviewId}`).set(owner.auth).expect(200)).body;
    expect(s1).toMatchObject({ candidate_name: '[erased]', candidate_email: '[erased]' });
    expect(grepAll(NAME)).toEqual([]);
  });
});
