import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ProjectionRunner, ReadStore, UpcastingEventStore } from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { ALL_UPCASTERS, NewEvent, UpcasterRegistry } from '@candor/contracts';
import { interviewHistory } from '../../../../../bench/interview-history.generator';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store.adapter';
import { SqliteReadStore } from './sqlite-read-store.adapter';

const silent = { log: () => undefined, error: () => undefined };

/** Every document of every projection's collection, by collection, in id order. */
async function readModels(store: ReadStore): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const collection of new Set(ALL_PROJECTIONS.map((p) => p.collection))) {
    all[collection] = await store.collection(collection).find({}, { sort: { _id: 1 } });
  }
  return all;
}

/**
 * A rebuild (ProjectionReplay, batches written by the SQLite bulk writer in a worker thread) must leave every
 * projection exactly as live projection does, `_position` included: documents spanning batches are read back
 * from the batch being committed or from the store.
 */
describe('rebuilding every projection into SQLite', () => {
  let dir: string;
  let events: UpcastingEventStore;
  const stores: SqliteReadStore[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-rebuild-'));
    events = new UpcastingEventStore(new SqliteEventStore(join(dir, 'events.sqlite')), new UpcasterRegistry(ALL_UPCASTERS));
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function store(name: string): SqliteReadStore {
    const s = new SqliteReadStore(join(dir, `${name}.sqlite`));
    stores.push(s);
    return s;
  }

  /** Interviews in every state (pending to completed), their events interleaved so each stream spans many batches. */
  async function appendInterleavedHistories(count: number): Promise<number> {
    const histories = Array.from({ length: count }, (_, i) => interviewHistory(i, `owner-${i % 3}`, 'full'));
    let appended = 0;
    for (let step = 0; histories.some((h) => step < h.events.length); step += 1) {
      await Promise.all(
        histories
          .filter((h) => step < h.events.length)
          .map((h) => {
            const event: NewEvent = {
              id: randomUUID(),
              type: h.events[step].type,
              data: h.events[step].data as Record<string, unknown>,
              metadata: { correlationId: randomUUID(), causationId: null, userId: null, timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, step)).toISOString(), schemaVersion: 1 },
            };
            appended += 1;
            return events.append(h.streamId, [event], step);
          }),
      );
    }
    return appended;
  }

  it('given a history projected live in small batches while it was appended, when rebuilt into a fresh store, then every read model is the same', async () => {
    const liveStore = store('live');
    const live = new ProjectionRunner(events, liveStore, ALL_PROJECTIONS, silent, { batchMaxEvents: 7 });
    await live.start();
    const appended = await appendInterleavedHistories(25);
    expect(await live.catchUp(30_000)).toBe(true);
    await live.stop();
    const expected = await readModels(liveStore);
    expect(appended).toBeGreaterThan(250);
    expect(expected.interviews).toHaveLength(25);

    const rebuiltStore = store('rebuilt');
    // batches of 40 events: an interview's documents are written in one batch and changed again in later ones
    const rebuilt = new ProjectionRunner(events, rebuiltStore, ALL_PROJECTIONS, silent, { replayBatchMaxEvents: 40 });
    await rebuilt.rebuild();
    await rebuilt.start(); // replays what the rebuild dropped
    expect(await rebuilt.catchUp(30_000)).toBe(true);
    await rebuilt.stop();
    expect(await readModels(rebuiltStore)).toEqual(expected);

    // and in place, over the live store (its indexes declared, its old documents dropped)
    await live.start();
    await live.rebuild();
    expect(await live.catchUp(30_000)).toBe(true);
    await live.stop();
    expect(await readModels(liveStore)).toEqual(expected);
  });
});
