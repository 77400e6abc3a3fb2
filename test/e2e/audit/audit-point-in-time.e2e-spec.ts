import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { READ_STORE, ReadStore, RecordMessageCommand } from '@candor/application';
import { startTestApp, TestApp } from '../../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../../support/interview-actors';
import { asText, makeAuditor, ndjson } from '../../support/audit-fixtures';

/** Issue 15 point 4: an interview as it stood at a time or log position, folded by the read models' own projections. */
describe('audit: an interview at a point in time', () => {
  let t: TestApp;
  let auditor: Actor;
  let owner: Actor;
  let id: string;
  let afterFirstMessage: string;
  let beforeCompletion: string;
  const strip = (doc: Record<string, unknown>) => {
    const { _position, ...rest } = doc;
    return rest;
  };

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0' });
    const admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    owner = await signUp(t.url, 'pit-owner@example.com');
    auditor = await makeAuditor(t.url, admin, 'pit-auditor@example.com');
    const commands = t.app.get(CommandBus);
    id = (await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Point in time', candidate_email: 'pit-cand@example.com' }).expect(201)).body.id;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    await commands.execute(new RecordMessageCommand(id, null, 'ai', 'Welcome! How does a hash map work?'));
    afterFirstMessage = (await request(t.url).get(`/api/v1/interviews/${id}/events`).set(owner.auth).expect(200)).body.events.at(-1).position;
    await commands.execute(new RecordMessageCommand(id, null, 'candidate', 'Buckets indexed by the hash of the key, resized as it fills.'));
    beforeCompletion = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);
  });
  afterAll(async () => t.close());

  const at = (query: string, who: Actor = auditor) => request(t.url).get(`/api/v1/audit/interviews/${id}?reason=appeal&${query}`).set(who.auth);

  it('at the head it equals the live read models (same projection code), with every score version and the report', async () => {
    const now = (await at('').expect(200)).body;
    const store = t.app.get<ReadStore>(READ_STORE);
    const live = await store.collection<{ _id: string }>('interviews').findOne({ _id: id });
    const liveTranscript = await store.collection<{ _id: string }>('interview_transcripts').findOne({ _id: id });

    expect(now).toMatchObject({ interview_id: id, existed: true, point: { as_of: null, position: null } });
    expect(strip(now.interview)).toEqual(strip(JSON.parse(JSON.stringify(live))));
    expect(strip(now.transcript)).toEqual(strip(JSON.parse(JSON.stringify(liveTranscript))));
    expect(now.interview.status).toBe('completed');
    expect(now.score_versions.length).toBeGreaterThanOrEqual(1);
    expect(now.score_card).toMatchObject({ interviewId: id, scoreCount: now.score_versions.length });
    expect(now.report).toMatchObject({ interviewId: id, recommendation: expect.any(String) });
  });

  it('at a log position: in progress, one message, no score and no report yet', async () => {
    const then = (await at(`position=${Number(afterFirstMessage)}`).expect(200)).body;

    expect(then.point.position).toBe(afterFirstMessage);
    expect(then.last_event.position).toBe(afterFirstMessage);
    expect(then.interview.status).toBe('in_progress');
    expect(then.transcript.messages.map((m: { text: string }) => m.text)).toEqual(['Welcome! How does a hash map work?']);
    expect(then).toMatchObject({ score_card: null, score_versions: [], report: null });
  });

  it('at a time: before completion both messages, before creation nothing', async () => {
    const before = (await at(`as_of=${encodeURIComponent(beforeCompletion)}`).expect(200)).body;
    expect(before.transcript.messages).toHaveLength(2);
    expect(before.interview.status).toBe('in_progress');
    expect(before.score_versions).toEqual([]);

    const ancient = (await at('as_of=2000-01-01T00:00:00Z').expect(200)).body;
    expect(ancient).toMatchObject({ existed: false, event_count: 0, interview: null, last_event: null });
  });

  it('diffs two points: the status, the transcript and the score appear as changes', async () => {
    const diff = (
      await request(t.url).get(`/api/v1/audit/interviews/${id}/diff?reason=appeal&from_position=${Number(afterFirstMessage)}`).set(auditor.auth).expect(200)
    ).body;

    expect(diff.changes).toEqual(
      expect.arrayContaining([
        { path: 'read_models.interviews.0.status', before: 'in_progress', after: 'completed' },
        expect.objectContaining({ path: 'read_models.interview_transcripts.0.messages.1', before: null }),
        expect.objectContaining({ path: 'score_versions.0', before: null }),
        expect.objectContaining({ path: 'report', before: null }),
      ]),
    );
    expect(diff.from.interview.status).toBe('in_progress');
    expect(diff.to.interview.status).toBe('completed');
  });

  it('refuses without a reason (422), bad points (400/422), others (403), unknown interviews (404); every read is recorded', async () => {
    await request(t.url).get(`/api/v1/audit/interviews/${id}`).set(auditor.auth).expect(422);
    await at('as_of=yesterday').expect(422);
    await at('position=abc').expect(400);
    await at('', owner).expect(403);
    await request(t.url).get('/api/v1/audit/interviews/00000000-0000-4000-8000-000000000000?reason=x').set(auditor.auth).expect(404);

    const exported = await request(t.url).get('/api/v1/audit/streams/audit-access/export?reason=check').set(auditor.auth).buffer(true).parse(asText).expect(200);
    const reads = ndjson(exported.body).filter((l) => l.kind === 'event').map((e) => e.data);
    expect(reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ readerId: auditor.id, target: `interview-${id}`, action: `point in time position=${Number(afterFirstMessage)}`, reason: 'appeal' }),
        expect.objectContaining({ readerId: auditor.id, target: `interview-${id}`, action: expect.stringMatching(/^diff /), reason: 'appeal' }),
      ]),
    );
    expect(reads.some((r) => r.readerId === owner.id)).toBe(false);
  });
});
