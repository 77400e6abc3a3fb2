import request from 'supertest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, EventStore } from '@candor/application';
import { startTestApp, TestApp } from '../../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../../support/interview-actors';
import { asText, makeAuditor } from '../../support/audit-fixtures';
import { eventually, Receiver } from '../../support/webhook-receiver';

const NAME = 'Katherine Johnsonne';
const EMAIL = 'katherine.johnsonne@example.com';
const KEPT_NAME = 'Dorothy Vaughanne';
const KEPT_EMAIL = 'dorothy.vaughanne@example.com';
const ENV = { ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0', WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_TIMEOUT_MS: '2000' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Issue 15's erasure, for the copies webhooks make: a delivery carries the candidate's name and email (copied
 * from their interview or candidate stream into the webhook's own stream, shared by everyone it announced).
 */
describe('audit: erasure reaches webhook deliveries', () => {
  let t: TestApp;
  let admin: Actor;
  let auditor: Actor;
  let owner: Actor;
  let receiver: Receiver;
  let events: EventStore;
  let hookId: string;
  let interviewId: string;
  let candidateId: string;

  const grepAll = (needle: string) =>
    filesUnder(t.dataDir)
      .filter((f) => readFileSync(f).includes(Buffer.from(needle)))
      .map((f) => f.slice(t.dataDir.length));
  const deliveries = async () => (await request(t.url).get(`/api/webhooks/${hookId}/deliveries/`).set(owner.auth).expect(200)).body.results as Record<string, any>[];

  beforeAll(async () => {
    receiver = new Receiver();
    await receiver.start();
    t = await startTestApp(ENV);
    events = t.app.get(EVENT_STORE);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    auditor = await makeAuditor(t.url, admin, 'hook-erasure-auditor@example.com');
    owner = await signUp(t.url, 'hook-erasure-owner@example.com');
    hookId = (
      await request(t.url)
        .post('/api/webhooks/')
        .set(owner.auth)
        .send({ url: receiver.url, events: ['candidate.created', 'interview.scheduled', 'interview.started'] })
        .expect(201)
    ).body._id;

    interviewId = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Rocket maths', candidate_email: EMAIL, candidate_name: NAME, scheduled_at: '2030-01-01T10:00:00Z' }).expect(200)).body.id;
    receiver.failNext(500); // the started delivery is attempted twice: attempts are erasable too
    await request(t.url).post(`/api/v1/interviews/${interviewId}/start`).set(owner.auth).expect(200);
    const cv = await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(owner.auth)
      .field('full_name', NAME)
      .field('email', EMAIL)
      .attach('cv_file', Buffer.from(`${NAME}\n${EMAIL}\nSkills\nFortran\n`), { filename: 'kj.txt', contentType: 'text/plain' })
      .expect(201);
    candidateId = cv.body._id;
    await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(owner.auth)
      .field('full_name', KEPT_NAME)
      .field('email', KEPT_EMAIL)
      .attach('cv_file', Buffer.from(`${KEPT_NAME}\n${KEPT_EMAIL}\nSkills\nFortran\n`), { filename: 'dv.txt', contentType: 'text/plain' })
      .expect(201);
    await receiver.waitFor(5);
    await eventually(deliveries, (d) => d.length === 4 && d.every((x) => x.status === 'succeeded'));
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('the deliveries carried the name and email; the webhook stream stores them sealed, never in clear', async () => {
    const sent = receiver.received.map((r) => JSON.parse(r.body).data);
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ interview_id: interviewId, candidate_name: NAME }),
        expect.objectContaining({ candidate_id: candidateId, full_name: NAME, email: EMAIL }),
        expect.objectContaining({ full_name: KEPT_NAME, email: KEPT_EMAIL }),
      ]),
    );
    const stored = JSON.stringify(await events.readStream(`webhook-${hookId}`, { asStored: true }));
    for (const clear of [NAME, EMAIL, KEPT_NAME, KEPT_EMAIL]) expect(stored).not.toContain(clear);
    // Only the read models (decrypted views) and the uploaded files hold them in clear.
    const heldInClear = (text: string) => grepAll(text).filter((f) => !f.includes('uploads') && !f.includes('read-models'));
    expect(heldInClear(NAME)).toEqual([]);
    expect(heldInClear(EMAIL)).toEqual([]);
    // Reads are open: the owner's delivery log shows what was sent.
    expect((await deliveries()).map((d) => d.payload.full_name ?? d.payload.candidate_name).sort()).toEqual([KEPT_NAME, NAME, NAME, NAME].sort());
  });

  it('erasing the candidate erases their copies in the deliveries (events, files, delivery log), keeps the others, sends nothing again, and the log still verifies', async () => {
    const sentBefore = receiver.received.length;
    const erased = (await request(t.url).delete(`/api/v1/audit/people/${encodeURIComponent(EMAIL)}`).set(admin.auth).expect(200)).body;
    expect(erased.streams).toEqual(expect.arrayContaining([`interview-${interviewId}`, `candidate-${candidateId}`, `webhook-${hookId}`]));

    expect(grepAll(NAME)).toEqual([]);
    expect(grepAll(EMAIL)).toEqual([]);
    const stream = await events.readStream(`webhook-${hookId}`);
    const payloads = stream.filter((e) => e.type === 'WebhookDeliveryQueued').map((e) => e.data.payload as Record<string, unknown>);
    expect(payloads).toEqual([
      expect.objectContaining({ interview_id: interviewId, candidate_name: '[erased]', title: 'Rocket maths' }),
      expect.objectContaining({ interview_id: interviewId, candidate_name: '[erased]' }),
      expect.objectContaining({ candidate_id: candidateId, full_name: '[erased]', email: '[erased]', technical_skills: ['Fortran'] }),
      expect.objectContaining({ full_name: KEPT_NAME, email: KEPT_EMAIL }),
    ]);
    const log = await deliveries();
    expect(JSON.stringify(log)).not.toContain(NAME);
    expect(log.map((d) => d.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(log.find((d) => d.payload.email === KEPT_EMAIL)).toBeDefined();

    // Nothing is delivered again: not by the erasure's rebuild, not after a restart.
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.received.length).toBe(sentBefore);
    // A replay by hand sends what the log now says: the erased copy, not what the webhook's state held before.
    const katherine = log.find((d) => d.payload.candidate_id === candidateId)!;
    await request(t.url).post(`/api/webhooks/${hookId}/deliveries/${katherine._id}/replay/`).set(owner.auth).expect(201);
    const replayed = JSON.parse((await receiver.waitFor(sentBefore + 1))[sentBefore].body).data;
    expect(replayed).toMatchObject({ candidate_id: candidateId, full_name: '[erased]', email: '[erased]' });
    const dir = t.dataDir;
    await t.close({ keepData: true });
    t = await startTestApp(ENV, dir);
    events = t.app.get(EVENT_STORE);
    owner = await logIn(t.url, owner.email, 'Sup3r-secret-pw', owner.id);
    auditor = await logIn(t.url, auditor.email, 'Sup3r-secret-pw', auditor.id);
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.received.length).toBe(sentBefore + 1);
    expect(grepAll(NAME)).toEqual([]);
    expect(grepAll(EMAIL)).toEqual([]);

    // The hash chain still holds: the stored events never changed, only a key was destroyed.
    const exported = await request(t.url).get(`/api/v1/audit/streams/webhook-${hookId}/export?reason=erasure+check`).set(auditor.auth).buffer(true).parse(asText).expect(200);
    const verdict = (await request(t.url).post('/api/v1/audit/verify').set(auditor.auth).send({ export: exported.body }).expect(200)).body;
    expect(verdict).toMatchObject({ valid: true, events: stream.length + 2 });
  });
});
