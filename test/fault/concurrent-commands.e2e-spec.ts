import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { EVENT_STORE, EventStore, PROJECTION_PROGRESS, ProjectionProgress, ProjectionRunner, READ_STORE, ReadStore } from '@candor/application';
import { fold, interviewDecider, InterviewEvent } from '@candor/domain';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

/**
 * Fault test: many clients hit ONE interview at once, through S0, S1 and S2. No lost update: every request
 * answered 2xx left its change in the event stream exactly once, every refused one is a 409 in its surface's
 * error body and left nothing, the stream's revisions are contiguous, and the read models equal a rebuild
 * from the stored events.
 */
interface Outcome {
  readonly marker: string;
  readonly route: string;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

interface StoredRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
}

// With SANDBOX_ALLOW_UNISOLATED=1 (development) the sandbox runs without bubblewrap.
requireSystemPackages('util-linux', 'python3', ...(process.env.SANDBOX_ALLOW_UNISOLATED === '1' ? [] : ['bubblewrap']));

describe('concurrent commands on one interview', () => {
  let t: TestApp;
  let owner: Actor;

  beforeAll(async () => {
    t = await startTestApp({ SANDBOX_ALLOW_UNISOLATED: process.env.SANDBOX_ALLOW_UNISOLATED ?? '' });
    owner = await signUp(t.url, 'concurrent-owner@example.com');
  });
  afterAll(async () => t.close());

  /** Reads the SQLite file itself (not the port): what is on disk is what counts. */
  function storedStream(interviewId: string): StoredRow[] {
    const db = new Database(join(t.dataDir, 'events.sqlite'), { readonly: true });
    try {
      return db
        .prepare('SELECT position, id, stream_id, revision, type, data FROM events WHERE stream_id = ? ORDER BY revision')
        .all(`interview-${interviewId}`) as StoredRow[];
    } finally {
      db.close();
    }
  }

  async function createInterview(title: string): Promise<string> {
    const res = await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title, candidate_email: 'cc@example.com' }).expect(200);
    return res.body.id as string;
  }

  async function fire(route: string, marker: string, send: () => request.Test): Promise<Outcome> {
    const res = await send();
    return { marker, route, status: res.status, body: res.body as Record<string, unknown> };
  }

  /** Each accepted request's marker is in exactly one event; each refused one's in none; refusals are 409 in the surface's body. */
  function assertNoLostUpdate(outcomes: Outcome[], rows: StoredRow[]) {
    const unexpected = outcomes.filter((o) => !(o.status >= 200 && o.status < 300) && o.status !== 409);
    expect(unexpected.map((o) => `${o.route} ${o.status} ${JSON.stringify(o.body)}`)).toEqual([]);
    for (const o of outcomes) {
      const holding = rows.filter((r) => r.type !== 'CodeAnalyzed' && r.data.includes(o.marker));
      expect({ marker: o.marker, status: o.status, events: holding.length }).toEqual({
        marker: o.marker,
        status: o.status,
        events: o.status === 409 ? 0 : 1,
      });
      if (o.status === 409) assertConflictBody(o);
    }
    // Contiguous revisions from 1 (the first event), unique event ids, nothing written twice.
    expect(rows.map((r) => r.revision)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  }

  function assertConflictBody(o: Outcome) {
    if (o.route.startsWith('/api/v1')) {
      expect(o.body).toMatchObject({ detail: expect.any(String), status_code: 409 });
    } else {
      // S0/S3 share /api: both shapes.
      expect(o.body).toMatchObject({ detail: expect.any(String), error: expect.any(String), code: expect.any(String) });
    }
  }

  /** Every projection's documents in the live read store equal a replay of the whole log into a fresh store. */
  async function assertReadModelsEqualRebuild() {
    const events = t.app.get<EventStore>(EVENT_STORE);
    const live = t.app.get<ReadStore>(READ_STORE);
    const progress = t.app.get<ProjectionProgress>(PROJECTION_PROGRESS);
    // Background work (code analysis) may still append: compare at a head that held still during the rebuild.
    for (let attempt = 0; ; attempt += 1) {
      const head = await events.headPosition();
      expect(await progress.waitFor(head, 10_000)).toBe(true);
      const snapshot = await compareWithRebuild(events, live);
      if ((await events.headPosition()) === head || attempt === 5) {
        for (const entry of snapshot) expect({ name: entry.name, docs: entry.live }).toEqual({ name: entry.name, docs: entry.rebuilt });
        return;
      }
    }
  }

  async function compareWithRebuild(events: EventStore, live: ReadStore) {
    const fresh = new MemoryReadStore();
    const runner = new ProjectionRunner(events, fresh, ALL_PROJECTIONS, { log: () => undefined, error: () => undefined });
    await runner.start();
    expect(await runner.catchUp(10_000)).toBe(true);
    await runner.stop();
    const strip = (docs: Record<string, unknown>[]) => docs.map(({ _position, ...rest }) => rest);
    const collections = [...new Set(ALL_PROJECTIONS.map((p) => p.collection))];
    return Promise.all(
      collections.map(async (name) => ({
        name,
        live: strip(await live.collection<{ _id: string }>(name).find({}, { sort: { _id: 1 } })),
        rebuilt: strip(await fresh.collection<{ _id: string }>(name).find({}, { sort: { _id: 1 } })),
      })),
    );
  }

  it('applies or refuses (409) each of 40 concurrent field updates, evaluations and code runs, losing none', async () => {
    const id = await createInterview('Concurrent edits');
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    const before = storedStream(id).length;

    const jobs: Promise<Outcome>[] = [];
    for (let i = 0; i < 24; i += 1) {
      const marker = `feedback-${i}-${Math.random().toString(36).slice(2)}`;
      jobs.push(fire('/api/v1/interviews/:id', marker, () => request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ overall_feedback: marker })));
    }
    for (let i = 0; i < 10; i += 1) {
      const marker = `finding-${i}-${Math.random().toString(36).slice(2)}`;
      jobs.push(
        fire('/api/evaluations', marker, () =>
          request(t.url)
            .post('/api/evaluations')
            .set(owner.auth)
            .send({ session_id: id, overall_score: 5, key_findings: [{ category: 'coding', finding: marker }] }),
        ),
      );
    }
    for (let i = 0; i < 3; i += 1) {
      const marker = `run_${i}_${Math.random().toString(36).slice(2)}`;
      jobs.push(
        fire('/api/coding/execute', marker, () =>
          request(t.url).post('/api/coding/execute').set(owner.auth).send({ session_id: id, code: `print("${marker}")`, language: 'python', input: '' }),
        ),
      );
      const submitted = `submit_${i}_${Math.random().toString(36).slice(2)}`;
      jobs.push(
        fire('/api/v1/interviews/:id/submit-code', submitted, () =>
          request(t.url).post(`/api/v1/interviews/${id}/submit-code`).set(owner.auth).send({ code: `print("${submitted}")`, language: 'python' }),
        ),
      );
    }
    const outcomes = await Promise.all(jobs);

    const rows = storedStream(id);
    assertNoLostUpdate(outcomes, rows);
    const accepted = outcomes.filter((o) => o.status < 300);
    expect(accepted.length).toBeGreaterThan(0);
    // Nothing but the accepted requests' events was appended (background code analyses aside).
    expect(rows.slice(before).filter((r) => r.type !== 'CodeAnalyzed')).toHaveLength(accepted.length);

    // What the routes show is the stream folded in its stored order (the last accepted change wins).
    const folded = fold(interviewDecider, (await t.app.get<EventStore>(EVENT_STORE).readStream(`interview-${id}`)) as unknown as InterviewEvent[]);
    const shown = (await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200)).body;
    expect(shown.overall_feedback ?? null).toBe(folded.review.overallFeedback ?? null);
    expect(shown.status).toBe('in_progress');
    await assertReadModelsEqualRebuild();
  }, 120_000); // six of the requests run code, and each run executes the test cases of the interview's problem

  it('lets exactly one of racing start/complete/cancel transitions win and refuses the losers with 409', async () => {
    const id = await createInterview('Concurrent lifecycle');
    const starts = Array.from({ length: 10 }, (_, i) =>
      fire('/api/v1/interviews/:id/start', `start-${i}`, () => request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth)),
    );
    const startOutcomes = await Promise.all(starts);
    // Starting a running interview is a documented no-op (rejoin): all answer 200, one InterviewStarted is stored.
    expect(startOutcomes.map((o) => o.status)).toEqual(startOutcomes.map(() => 200));
    expect(storedStream(id).filter((r) => r.type === 'InterviewStarted')).toHaveLength(1);

    const racers: Promise<Outcome>[] = [];
    for (let i = 0; i < 10; i += 1) {
      racers.push(fire('/api/v1/interviews/:id/complete', `complete-${i}`, () => request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth)));
      racers.push(
        fire('/api/v1/interviews/:id', `cancel-${i}`, () => request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'cancelled' })),
      );
    }
    const outcomes = await Promise.all(racers);
    const unexpected = outcomes.filter((o) => o.status !== 200 && o.status !== 409);
    expect(unexpected.map((o) => `${o.route} ${o.status} ${JSON.stringify(o.body)}`)).toEqual([]);
    const winners = outcomes.filter((o) => o.status === 200);
    expect(winners).toHaveLength(1);
    for (const loser of outcomes.filter((o) => o.status === 409)) assertConflictBody(loser);

    const rows = storedStream(id);
    expect(rows.map((r) => r.revision)).toEqual(rows.map((_, i) => i + 1));
    const terminal = rows.filter((r) => r.type === 'InterviewCompleted' || r.type === 'InterviewCancelled');
    expect(terminal).toHaveLength(1);
    const expectedStatus = winners[0].marker.startsWith('complete') ? 'completed' : 'cancelled';
    expect(terminal[0].type).toBe(expectedStatus === 'completed' ? 'InterviewCompleted' : 'InterviewCancelled');
    const shown = (await request(t.url).get(`/api/sessions/${id}`).set(owner.auth).expect(200)).body;
    expect(shown.status).toBe(expectedStatus);

    // Once finished, a late transition changes nothing.
    const late = await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth);
    expect(late.status).toBe(409);
    expect(storedStream(id)).toHaveLength(rows.length);
    await assertReadModelsEqualRebuild();
  });
});
