import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { AskQuestionCommand, EVENT_STORE, EventStore, RecordMessageCommand } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, logIn, signUp } from '../support/interview-actors';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PASSWORD_OF_SIGNUP = 'Sup3r-secret-pw';

/**
 * A scoring that fails (the configured model is unreachable) shows as `scoring_failed` with its reason and
 * is retried; after a restart with a working model the interview is scored. A re-score appends a second
 * version beside the first, with the versions it used, and GET …/scores lists both with a diff.
 */
describe('scoring failure, recovery after restart, re-score and score versions', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let interviewId: string;
  let dataDir: string;

  const poll = async <T>(read: () => PromiseLike<T>, done: (v: T) => boolean, ms = 20_000): Promise<T> => {
    const until = Date.now() + ms;
    let value = await read();
    while (!done(value) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      value = await read();
    }
    return value;
  };
  const scores = (actor: Actor, query = '') => request(t.url).get(`/api/v1/interviews/${interviewId}/scores${query}`).set(actor.auth);

  afterAll(async () => t?.close());

  it('shows scoring_failed with the reason while the model is unreachable', async () => {
    t = await startTestApp({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '1000', AI_SCORING_WAIT_MS: '2000' });
    dataDir = t.dataDir;
    owner = await signUp(t.url, 'rescore-owner@example.com');
    other = await signUp(t.url, 'rescore-other@example.com');
    interviewId = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Python Engineer' }).expect(200)).body.id;
    await request(t.url).post(`/api/v1/interviews/${interviewId}/start`).set(owner.auth).expect(200);
    const commands = t.app.get(CommandBus);
    await commands.execute(new AskQuestionCommand(interviewId, null, 'How does a Python dict work?', 'technical', 'medium'));
    await commands.execute(new RecordMessageCommand(interviewId, null, 'candidate', 'A dict is a hash table, so a lookup takes constant time on average because the key is hashed to a slot.'));
    const completed = (await request(t.url).post(`/api/v1/interviews/${interviewId}/complete`).set(owner.auth).expect(200)).body;
    expect(completed.feedback.pending).toBe(true);

    const failed = (await poll(() => scores(owner), (r) => r.body.status === 'scoring_failed')).body;
    expect(failed).toMatchObject({ interview_id: interviewId, status: 'scoring_failed', versions: [], diff: null });
    expect(failed.failure).toMatchObject({ reason: expect.any(String), attempts: expect.any(Number) });
    expect(failed.failure.reason.length).toBeGreaterThan(0);
    // The retry runs with backoff: a second attempt is recorded after the first delay.
    const again = (await poll(() => scores(owner), (r) => r.body.failure?.attempts >= 2, 10_000)).body;
    expect(again.failure.attempts).toBeGreaterThanOrEqual(2);
    const events = t.app.get<EventStore>(EVENT_STORE);
    expect((await events.readStream(`assessment-${interviewId}`)).every((e) => e.type === 'ScoringFailed')).toBe(true);
    await t.close({ keepData: true });
  }, 60_000);

  it('is scored after a restart with a working model', async () => {
    t = await startTestApp({}, dataDir);
    owner = await logIn(t.url, 'rescore-owner@example.com', PASSWORD_OF_SIGNUP, owner.id);
    const scored = (await poll(() => scores(owner), (r) => r.body.status === 'scored')).body;
    expect(scored.status).toBe('scored');
    expect(scored.failure).toBeNull();
    expect(scored.versions).toHaveLength(1);
    expect(scored.versions[0]).toMatchObject({ version: 1, trigger: 'automatic', versions_used: { model: 'builtin', rubric: expect.any(String), bank: expect.any(String) } });
  }, 60_000);

  it('re-scores into a second version beside the first, with the versions used and a diff', async () => {
    const res = (await request(t.url).post(`/api/v1/interviews/${interviewId}/rescore`).set(owner.auth).expect(200)).body;
    expect(res).toMatchObject({ interview_id: interviewId, dry_run: false, score: { version: 2, trigger: 'rescore', requested_by: owner.id, versions_used: { model: 'builtin' } } });
    expect(res.diff).toMatchObject({ overall: { from: expect.any(Number), to: expect.any(Number), delta: expect.any(Number) } });

    const listed = (await scores(owner).expect(200)).body;
    expect(listed.versions.map((v: any) => v.version)).toEqual([1, 2]);
    expect(listed.versions[1].score_id).toBe(res.score.score_id);
    expect(listed.diff).toMatchObject({ from: 1, to: 2, changes: { overall: { from: listed.versions[0].overall_score, to: listed.versions[1].overall_score } } });
    expect((await scores(owner, '?from=2&to=1').expect(200)).body.diff).toMatchObject({ from: 2, to: 1 });
    expect((await scores(owner, '?from=1&to=7').expect(400)).body).toEqual({ detail: expect.stringContaining('between 1 and 2'), status_code: 400 });
  });

  it('computes a dry run without appending it; refuses others, unknown and running interviews', async () => {
    const dry = (await request(t.url).post(`/api/v1/interviews/${interviewId}/rescore?dry_run=true`).set(owner.auth).expect(200)).body;
    expect(dry).toMatchObject({ dry_run: true, score: { version: 3 } });
    expect((await scores(owner)).body.versions).toHaveLength(2);

    other = await logIn(t.url, 'rescore-other@example.com', PASSWORD_OF_SIGNUP, other.id);
    await request(t.url).post(`/api/v1/interviews/${interviewId}/rescore`).set(other.auth).expect(403);
    await request(t.url).post(`/api/v1/interviews/${interviewId}/rescore?dry_run=true`).set(other.auth).expect(403);
    await scores(other).expect(403);
    await request(t.url).post(`/api/v1/interviews/${UNKNOWN}/rescore`).set(owner.auth).expect(404);
    await request(t.url).post(`/api/v1/interviews/${interviewId}/rescore?dry_run=maybe`).set(owner.auth).expect(422);

    const running = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Running' }).expect(200)).body.id;
    await request(t.url).post(`/api/v1/interviews/${running}/start`).set(owner.auth).expect(200);
    const refused = await request(t.url).post(`/api/v1/interviews/${running}/rescore`).set(owner.auth).expect(409);
    expect(refused.body).toEqual({ detail: expect.stringContaining('not completed'), status_code: 409 });
    expect((await request(t.url).get(`/api/v1/interviews/${running}/scores`).set(owner.auth).expect(200)).body).toMatchObject({ status: 'pending', versions: [] });
  });
});
