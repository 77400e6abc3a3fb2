import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { comparePositions, RecordedEvent } from '@candor/contracts';
import { CHECKPOINTS_COLLECTION, CheckpointDocument, effectiveCheckpoints, ProjectionRunner, readEffectiveCheckpoints } from '@candor/application';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { SqliteReadStore } from '@candor/infrastructure/read-store/sqlite/sqlite-read-store.adapter';
import { added, tallyProjection, TallyDoc } from '../support/tally.projection';

const root = resolve(__dirname, '../..');
const STREAMS = 40;
const PER_STREAM = 300;

/**
 * Fault test: SIGKILL a projector process in the middle of a replay into the SQLite read store. Each batch's
 * documents and its checkpoint share a transaction, so what survives is exactly the projection of the log up
 * to the saved checkpoint (nothing applied beyond it, nothing missing before it), and a restart from that
 * checkpoint ends with every event applied exactly once.
 */
describe('SIGKILL during projection (SQLite read store)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-projection-kill-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps documents and checkpoint together: a restart applies every event exactly once', async () => {
    const events = new SqliteEventStore(join(dir, 'events.sqlite'));
    for (let s = 0; s < STREAMS; s += 1) {
      await Promise.all(Array.from({ length: PER_STREAM }, (_, i) => events.append(`s-${s}`, [added(i + 1)], 'any')));
    }
    const log = await events.readAll();
    expect(log).toHaveLength(STREAMS * PER_STREAM);

    const child = spawn(process.execPath, ['-r', './test/support/ts-register.js', 'test/support/tally-projector.child.ts'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((r) => child.once('exit', r));
    const checkpointAtKill = await killOnceProjecting(child.pid!, join(dir, 'read-models.sqlite'));
    await exited;

    const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    const checkpoint = (await readEffectiveCheckpoints(store)).get('tally')!;
    expect(comparePositions(checkpoint, checkpointAtKill)).toBeGreaterThanOrEqual(0);
    expect(comparePositions(checkpoint, log[log.length - 1].position)).toBeLessThan(0);
    const survived = await store.collection<TallyDoc>('tallies').find({}, { sort: { _id: 1 } });
    expect(strip(survived)).toEqual(expectedTallies(log.filter((e) => comparePositions(e.position, checkpoint) <= 0)));

    // The killed runner's lease is left behind; it expires or (same host, dead pid) is taken over.
    await store.collection('_leases').deleteMany({});
    const runner = new ProjectionRunner(events, store, [tallyProjection], { log: () => undefined, error: () => undefined });
    await runner.start();
    expect(await runner.catchUp(60_000)).toBe(true);
    await runner.stop();
    const final = await store.collection<TallyDoc>('tallies').find({}, { sort: { _id: 1 } });
    expect(strip(final)).toEqual(expectedTallies(log));
    for (const doc of final) expect(new Set(doc.seen).size).toBe(PER_STREAM);
    await store.close();
    await events.close();
  }, 180_000);
});

/** Polls the checkpoint read-only (as an analytics reader would) and SIGKILLs the projector once one is saved. */
async function killOnceProjecting(pid: number, file: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        const rows = db.prepare(`SELECT doc FROM "${CHECKPOINTS_COLLECTION}"`).all() as { doc: string }[];
        const saved = effectiveCheckpoints(rows.map((row) => JSON.parse(row.doc) as CheckpointDocument)).get('tally');
        if (saved !== undefined) {
          process.kill(pid, 'SIGKILL');
          return saved;
        }
      } finally {
        db.close();
      }
    } catch {
      // the file or its tables are not there yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the projector saved no checkpoint within a minute');
}

function expectedTallies(events: readonly RecordedEvent[]) {
  const docs = new Map<string, TallyDoc | null>();
  for (const e of events) docs.set(e.streamId, tallyProjection.evolve(docs.get(e.streamId) ?? null, e));
  return [...docs.values()].sort((a, b) => (a!._id < b!._id ? -1 : 1));
}

function strip(docs: TallyDoc[]) {
  return docs.map(({ _position, ...rest }) => rest);
}
