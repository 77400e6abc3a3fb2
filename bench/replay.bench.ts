import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectionRunner, UpcastingEventStore } from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { UpcasterRegistry, ALL_UPCASTERS } from '@candor/contracts';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { SqliteReadStore } from '@candor/infrastructure/read-store/sqlite/sqlite-read-store.adapter';
import { BenchRow, log, row } from './bench-table';
import { interviewHistory, writeHistories } from './interview-history.generator';

function* histories(targetEvents: number) {
  let produced = 0;
  for (let i = 0; produced < targetEvents; i += 1) {
    const history = interviewHistory(i, `owner-${i % 50}`, 'full');
    produced += history.events.length;
    yield history;
  }
}

/**
 * Replay: rebuild every projection from N stored events (default 1 million) into a fresh SQLite read store
 * (the embedded default, what `npm run projector -- rebuild` does),
 * with peak memory, against reading and parsing the same events without projecting (the storage limit).
 * Bounded by BENCH_REPLAY_MAX_SECONDS: past it the rate so far is reported.
 */
export async function runReplayBench(): Promise<BenchRow[]> {
  const target = Number(process.env.BENCH_REPLAY_EVENTS ?? 1_000_000);
  const maxSeconds = Number(process.env.BENCH_REPLAY_MAX_SECONDS ?? 240);
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-replay-'));
  try {
    const file = join(dir, 'events.sqlite');
    const t0 = Date.now();
    const written = await writeHistories(file, histories(target));
    log(`replay: generated ${written} events in ${Date.now() - t0} ms`);

    const events = new SqliteEventStore(file);
    const readStart = process.hrtime.bigint();
    let read = 0;
    let after = '';
    for (;;) {
      const batch = await events.readAll({ after, maxCount: 5000 });
      if (batch.length === 0) break;
      read += batch.length;
      after = batch[batch.length - 1].position;
    }
    const readSeconds = Number(process.hrtime.bigint() - readStart) / 1e9;
    log(`replay: raw read ${read} events in ${readSeconds.toFixed(1)} s`);

    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    const runner = new ProjectionRunner(new UpcastingEventStore(events, new UpcasterRegistry(ALL_UPCASTERS)), store, ALL_PROJECTIONS, {
      log: () => undefined,
      error: (msg, ctx) => log(`replay error: ${msg} ${JSON.stringify(ctx)}`),
    });
    const start = process.hrtime.bigint();
    // what `npm run projector -- rebuild` does: drop every projection, then project from the start
    await runner.rebuild();
    await runner.start();
    const head = await events.headPosition();
    const progress = setInterval(() => log(`replay: at position ${Number(runner.position)} of ${Number(head)}`), 10_000);
    const complete = await runner.waitFor(head, maxSeconds * 1000);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const applied = Number(runner.position || 0);
    clearInterval(progress);
    clearInterval(sampler);
    await runner.stop();
    await store.close();
    await events.close();
    const note = `${written} events, ${ALL_PROJECTIONS.length} projections into SQLite${complete ? '' : `; stopped after ${maxSeconds} s at ${applied}`}; peak RSS ${Math.round(peakRss / 2 ** 20)} MiB (+${Math.round((peakRss - baseRss) / 2 ** 20)} MiB)`;
    log(`replay: ${applied} events projected in ${seconds.toFixed(1)} s`);
    return [
      row('replay', 'events/s rebuilding every projection', applied / seconds, 'events/s', 'read + parse only', read / readSeconds, note),
      row('replay', 'peak memory', peakRss / 2 ** 20, 'MiB', 'RSS before the replay', baseRss / 2 ** 20),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
