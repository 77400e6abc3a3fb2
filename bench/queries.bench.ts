import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, EventStore, READ_STORE, ReadStore } from '@candor/application';
import { startTestApp, UNCHECKED_RESPONSES } from '../test/support/test-app';
import { BenchRow, log, row, summarize } from './bench-table';
import { call, recruiterToken } from './bench-client';
import { interviewHistory, writeHistories } from './interview-history.generator';

/**
 * List queries with 100k interviews in the read models: filters and pagination through HTTP, against the
 * same filter, sort and page over a plain array of the same documents in the same process.
 */
export async function runQueryBench(seconds: number): Promise<BenchRow[]> {
  const count = Number(process.env.BENCH_QUERY_INTERVIEWS ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-query-'));
  try {
    let app = await startTestApp({}, dir, UNCHECKED_RESPONSES);
    const token = await recruiterToken(app.url, 'bench-query@example.com');
    const me = await call<{ id: string }>(`${app.url}/api/auth/me`, 'GET', undefined, token);
    await app.close({ keepData: true });

    function* histories() {
      for (let i = 0; i < count; i += 1) yield interviewHistory(i, i % 10 === 0 ? me.body.id : `other-${i % 97}`, 'small');
    }
    const written = await writeHistories(join(dir, 'events.sqlite'), histories());
    const started = Date.now();
    app = await startTestApp({}, dir, UNCHECKED_RESPONSES);
    log(`queries: ${count} interviews (${written} events) replayed at start in ${Date.now() - started} ms`);
    // The server then reacts to what it found (every completed interview is scored, in the background): the
    // queries are measured once that is over, on a server that serves them and nothing else.
    const busy = await waitUntilQuiet(app.app.get<EventStore>(EVENT_STORE));
    log(`queries: background work after start (scoring the completed interviews) took ${busy} ms`);
    const again = await call<{ access_token: string }>(`${app.url}/api/auth/login`, 'POST', { email: 'bench-query@example.com', password: 'Bench-password-123' });
    const auth = again.body.access_token;

    const routes = [
      (i: number) => `/api/v1/interviews/?skip=${(i * 20) % 5000}&limit=20`,
      (i: number) => `/api/sessions?status=active&limit=20&offset=${(i * 20) % 2000}`,
      (i: number) => `/api/sessions?status=completed&limit=50&offset=${(i * 50) % 2000}`,
    ];
    const latencies: number[] = [];
    const until = Date.now() + seconds * 1000;
    for (let i = 0; Date.now() < until; i += 1) {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${app.url}${routes[i % routes.length](i)}`, { headers: { authorization: `Bearer ${auth}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`query failed: ${res.status}`);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const http = summarize(latencies);
    // the same authenticated HTTP round trip without a list (the user's own profile): what the query adds
    const bare: number[] = [];
    const bareUntil = Date.now() + seconds * 1000;
    while (Date.now() < bareUntil) {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${app.url}/api/auth/me`, { headers: { authorization: `Bearer ${auth}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`profile failed: ${res.status}`);
      bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const round = summarize(bare);

    const store = app.app.get<ReadStore>(READ_STORE);
    const docs = await store.collection<{ _id: string; ownerId?: string; status?: string; createdAt?: string }>('interviews').find({});
    const plain: number[] = [];
    const plainUntil = Date.now() + seconds * 1000;
    for (let i = 0; Date.now() < plainUntil; i += 1) {
      const t0 = process.hrtime.bigint();
      const wanted = i % 3 === 0 ? null : i % 3 === 1 ? 'in_progress' : 'completed';
      const page = docs
        .filter((d) => (wanted ? d.status === wanted : true) && d.ownerId === me.body.id)
        .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)))
        .slice(20, 40);
      JSON.stringify(page);
      plain.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const baseline = summarize(plain);
    await app.close();
    log(`queries: ${http.count} HTTP list queries, ${baseline.count} plain-array queries`);
    return [
      row('list queries (100k interviews)', 'p50 latency', http.p50, 'ms', 'same filter/sort/page on a plain array', baseline.p50, `${count} interviews`),
      row('list queries (100k interviews)', 'p99 latency', http.p99, 'ms', 'same filter/sort/page on a plain array', baseline.p99),
      row('list queries (100k interviews)', 'p50 latency', http.p50, 'ms', 'GET /api/auth/me (same HTTP + auth, no list)', round.p50),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the log has not moved for QUIET_MS (at most MAX_WAIT_MS); answers how long that took. */
async function waitUntilQuiet(events: EventStore): Promise<number> {
  const QUIET_MS = 3000;
  const MAX_WAIT_MS = 15 * 60_000;
  const started = Date.now();
  let head = await events.headPosition();
  let still = Date.now();
  while (Date.now() - still < QUIET_MS && Date.now() - started < MAX_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await events.headPosition();
    if (now !== head) [head, still] = [now, Date.now()];
  }
  return still - started;
}
