import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { NewEvent, START_POSITION } from '@candor/contracts';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { SqliteReadStore } from '@candor/infrastructure/read-store/sqlite/sqlite-read-store.adapter';
import { ProjectionRunner } from './projection-runner';
import { LEASES_COLLECTION, LeaseHeldError, ProjectorLease } from './projector-lease';
import { CHECKPOINTS_COLLECTION, CheckpointDocument, LOCKSTEP_CHECKPOINT_ID, ProjectedDocument, Projection } from './projection';
import { effectiveCheckpoints } from './effective-checkpoints';
import { BulkWriter, ReadStore, WriteBatch } from '../ports/read-store.port';

interface TallyDoc extends ProjectedDocument {
  count: number;
  total: number;
  seen: string[];
}

/** Given Added events per stream, the tally of each stream: the sum and the event ids seen, so a double shows. */
const tally: Projection<TallyDoc> = {
  name: 'tally',
  collection: 'tallies',
  eventTypes: ['Added', 'Reset'],
  documentIds: (e) => [e.streamId],
  evolve(doc, e) {
    if (e.type === 'Reset') return null;
    const current = doc ?? { _id: e.streamId, count: 0, total: 0, seen: [] };
    return { ...current, count: current.count + 1, total: current.total + Number(e.data.n), seen: [...current.seen, e.id] };
  },
};

/** A second projection over the same events, to show checkpoints are per projection. */
const typesSeen: Projection = {
  name: 'types',
  collection: 'types',
  eventTypes: ['Added'],
  documentIds: () => ['all'],
  evolve: (doc, e) => ({ _id: 'all', n: ((doc as { n?: number } | null)?.n ?? 0) + 1, last: e.position }) as ProjectedDocument,
};

const silent = { log: () => undefined, error: () => undefined };

function added(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'Added',
    data: { n },
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}

/**
 * A read store that "dies" after a number of writes (batches), like a projector process killed mid-replay.
 * Each write takes `writeDelayMs` (a real store's round trip).
 */
function dyingStore(inner: ReadStore, writesBeforeDeath: number, writeDelayMs = 0): ReadStore & { died: Promise<void> } {
  let writes = 0;
  let markDead: () => void = () => undefined;
  const died = new Promise<void>((resolve) => (markDead = resolve));
  const dead = () => {
    markDead();
    return Promise.reject(new Error('process killed'));
  };
  return {
    died,
    ...inner,
    persistent: true,
    ensureIndexes: (i) => inner.ensureIndexes(i),
    writeBatch: (batch) => {
      if (writes >= writesBeforeDeath) return dead();
      writes += 1;
      const write = () => inner.writeBatch(batch);
      return writeDelayMs > 0 ? new Promise((r) => setTimeout(r, writeDelayMs)).then(write) : write();
    },
    drop: (n) => inner.drop(n),
    health: () => inner.health(),
    close: async () => undefined,
    collection<T extends { _id: string }>(name: string) {
      const c = inner.collection<T>(name);
      const guard = <A extends unknown[], R>(fn: (...a: A) => Promise<R>, isWrite: boolean) =>
        (...args: A): Promise<R> => {
          if (writes >= writesBeforeDeath) return dead();
          if (!isWrite) return fn(...args);
          writes += 1;
          return writeDelayMs > 0 ? new Promise((r) => setTimeout(r, writeDelayMs)).then(() => fn(...args)) : fn(...args);
        };
      return {
        find: guard(c.find.bind(c), false),
        findOne: guard(c.findOne.bind(c), false),
        count: guard(c.count.bind(c), false),
        aggregate: guard(c.aggregate.bind(c), false) as typeof c.aggregate,
        upsert: guard(c.upsert.bind(c), true),
        insertOne: guard(c.insertOne.bind(c), true),
        updateOne: guard(c.updateOne.bind(c), true),
        deleteOne: guard(c.deleteOne.bind(c), true),
        deleteMany: guard(c.deleteMany.bind(c), true),
        bulkWrite: guard(c.bulkWrite.bind(c), true),
      };
    },
  };
}

/** The store, recording the id of every tally read back by id. */
function countingTallyReads(store: ReadStore, reads: string[]): ReadStore {
  return Object.assign(Object.create(store) as ReadStore, {
    collection: <T extends ProjectedDocument>(name: string) => {
      const inner = store.collection<T>(name);
      return Object.assign(Object.create(inner), {
        findOne: (filter: Record<string, unknown>) => {
          if (name === 'tallies' && filter._id !== undefined) reads.push(String(filter._id));
          return inner.findOne(filter);
        },
      });
    },
  });
}

/** The store, whose next batch write fails after `failNext()`. */
function failingNextWrite(store: ReadStore): ReadStore & { failNext(): void } {
  let fail = false;
  return Object.assign(Object.create(store) as ReadStore, {
    failNext: () => {
      fail = true;
    },
    writeBatch: (batch: Parameters<ReadStore['writeBatch']>[0]) => {
      if (!fail) return store.writeBatch(batch);
      fail = false;
      return Promise.reject(new Error('the store refused the batch'));
    },
  });
}

describe('ProjectionRunner', () => {
  let dir: string;
  let events: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-projector-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'));
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function seed(streams: number, perStream: number): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (let s = 0; s < streams; s += 1) {
      const stream = `s-${s}`;
      for (let i = 1; i <= perStream; i += 1) {
        await events.append(stream, [added(i)], 'any');
        totals.set(stream, (totals.get(stream) ?? 0) + i);
      }
    }
    return totals;
  }

  async function docs(store: ReadStore, collection = 'tallies') {
    return (await store.collection<TallyDoc>(collection).find({}, { sort: { _id: 1 } })).map(({ _position, ...rest }) => rest);
  }

  it('a wait that is reached clears its timeout timer (no timer left per command)', async () => {
    const runner = new ProjectionRunner(events, new MemoryReadStore(), [tally], silent);
    await runner.start();
    const set = jest.spyOn(global, 'setTimeout');
    const clear = jest.spyOn(global, 'clearTimeout');
    try {
      const written = await events.append('s-0', [added(1)], 'any');
      expect(await runner.waitFor(written.position, 60_000)).toBe(true);

      const timers = set.mock.calls.flatMap((call, i) => (call[1] === 60_000 ? [set.mock.results[i].value] : []));
      expect(timers).toHaveLength(1);
      expect(clear).toHaveBeenCalledWith(timers[0]);
    } finally {
      set.mockRestore();
      clear.mockRestore();
      await runner.stop();
    }
  });

  it('given stored events, when started, then every projection catches up and live events follow', async () => {
    const totals = await seed(3, 4);
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(events, store, [tally, typesSeen], silent);
    await runner.start();
    expect(await runner.catchUp(5000)).toBe(true);
    const live = await events.append('s-0', [added(100)], 'any');
    expect(await runner.waitFor(live.position, 5000)).toBe(true);
    await runner.stop();

    const byId = Object.fromEntries((await docs(store)).map((d) => [d._id, d]));
    expect(byId['s-0'].total).toBe(totals.get('s-0')! + 100);
    expect(byId['s-1']).toMatchObject({ count: 4, total: totals.get('s-1') });
    expect((await store.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(13);
    const checkpoints = effectiveCheckpoints(await store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).find({}));
    expect([...checkpoints.entries()].sort()).toEqual([
      ['tally', live.position],
      ['types', live.position],
    ]);
  });

  it('given a document that already reflects an event, when the event is delivered again, then nothing changes', async () => {
    await seed(2, 3);
    const store = new MemoryReadStore();
    const first = new ProjectionRunner(events, store, [tally], silent);
    await first.start();
    await first.catchUp(5000);
    await first.stop();
    const before = await docs(store);
    // The checkpoint is lost (as if never saved), so the whole log is delivered again.
    await store.collection(CHECKPOINTS_COLLECTION).deleteMany({});
    const second = new ProjectionRunner(events, store, [tally], silent);
    await second.start();
    await second.catchUp(5000);
    await second.stop();
    expect(await docs(store)).toEqual(before);
  });

  it('given a projector killed mid-replay, when restarted, then it resumes from its checkpoint with nothing missing or doubled', async () => {
    const totals = await seed(20, 25);
    const durable = new MemoryReadStore(); // stands for MongoDB: it outlives the killed process
    // Batches of 20 events: the store dies at its 12th batch, mid-replay (a first start replays the log).
    const dying = dyingStore(durable, 11, 1);
    const victim = new ProjectionRunner(events, dying, [tally, typesSeen], silent, { batchMaxEvents: 20, replayBatchMaxEvents: 20 });
    const started = victim.start().catch(() => undefined); // the dead store fails the start
    await dying.died;
    await started;
    await victim.stop().catch(() => undefined);
    const partial = await durable.collection<TallyDoc>('tallies').count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(20);

    // It resumes from the checkpoints the victim saved, not from the start of the log.
    const saved = [...effectiveCheckpoints(await durable.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).find({})).values()];
    const from: string[] = [];
    const watched = Object.assign(Object.create(events) as SqliteEventStore, {
      subscribeToAll: (after: string) => {
        from.push(after);
        return events.subscribeToAll(after);
      },
    });
    const resumed = new ProjectionRunner(watched, durable, [tally, typesSeen], silent);
    await resumed.start();
    expect(await resumed.catchUp(10_000)).toBe(true);
    await resumed.stop();
    expect(saved).toHaveLength(2);
    const lowestSaved = [...saved].sort((a, b) => Number(a) - Number(b))[0];
    expect(from[0]).toBe(lowestSaved);
    expect(Number(from[0])).toBeGreaterThan(Number(START_POSITION || 0));

    const result = await docs(durable);
    expect(result).toHaveLength(20);
    for (const doc of result) {
      expect(doc.total).toBe(totals.get(doc._id));
      expect(doc.count).toBe(25);
      expect(new Set(doc.seen).size).toBe(25);
    }
    expect((await durable.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(500);

    const fresh = new MemoryReadStore();
    const rebuilt = new ProjectionRunner(events, fresh, [tally, typesSeen], silent);
    await rebuilt.start();
    await rebuilt.catchUp(10_000);
    await rebuilt.stop();
    expect(await docs(fresh)).toEqual(result);
  });

  it('given incremental projection while events arrive, when rebuilt from zero, then the read models are the same', async () => {
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(events, store, [tally, typesSeen], silent);
    await runner.start();
    for (let i = 0; i < 60; i += 1) {
      await events.append(`s-${i % 7}`, [added(i)], 'any');
      if (i === 30) await events.append('s-3', [{ ...added(0), type: 'Reset' }], 'any');
    }
    await runner.catchUp(5000);
    const incremental = { tallies: await docs(store), types: await docs(store, 'types') };

    const rebuilt = await runner.rebuild();
    expect(rebuilt).toEqual(['tally', 'types']);
    await runner.catchUp(5000);
    await runner.stop();
    expect({ tallies: await docs(store), types: await docs(store, 'types') }).toEqual(incremental);
  });

  it('given a rebuild over several batches, when it replays, then it reads back only documents it wrote and ends with the same read models', async () => {
    const store = new MemoryReadStore();
    const reads: string[] = [];
    const counting = countingTallyReads(store, reads);
    const runner = new ProjectionRunner(events, counting, [tally, typesSeen], silent, { batchMaxEvents: 5, replayBatchMaxEvents: 5 });
    await seed(4, 6);
    await runner.start();
    await runner.catchUp(5000);
    const incremental = { tallies: await docs(store), types: await docs(store, 'types') };
    expect(reads).toEqual(['s-0', 's-1', 's-2', 's-3']); // a first start replays too (see below)

    reads.length = 0;
    await runner.rebuild();
    await runner.catchUp(5000);
    await runner.stop();
    expect({ tallies: await docs(store), types: await docs(store, 'types') }).toEqual(incremental);
    // 4 streams of 6 events, appended stream after stream, in batches of 5: s-0 | s-0 s-1 | s-1 s-2 | s-2 s-3 | s-3.
    // A replay reads a document back only in a batch after the one that wrote it first (4 reads), where the
    // subscription reads each one at its first event in every batch (8: s-0 s-0 s-1 s-1 ...).
    expect(reads).toEqual(['s-0', 's-1', 's-2', 's-3']);
  });

  it('given tallies stored without a checkpoint (a store that is not atomic, stopped between the two), when started, then the replay reads each one back before changing it', async () => {
    await seed(2, 3);
    const store = new MemoryReadStore();
    const [first] = await events.readAll({ maxCount: 1 });
    await store.collection<TallyDoc>('tallies').upsert({ _id: 's-0', count: 1, total: 1, seen: [first.id], _position: first.position });
    const reads: string[] = [];
    const runner = new ProjectionRunner(events, countingTallyReads(store, reads), [tally], silent);
    await runner.start();
    await runner.catchUp(5000);
    await runner.stop();
    expect(reads).toEqual(['s-0', 's-1']); // the collection was not empty: none is known absent
    expect(await docs(store)).toEqual([
      { _id: 's-0', count: 3, total: 6, seen: expect.arrayContaining([first.id]) },
      { _id: 's-1', count: 3, total: 6, seen: expect.any(Array) },
    ]);
  });

  describe('a replay through a bulk writer (SQLite), batches pipelined', () => {
    /**
     * The store, its bulk writer watched: `sent` holds, per batch, how many earlier ones were not yet committed
     * when it was sent; `onWrite(n, batch)` may change the nth batch (from 1) before it goes.
     */
    function watchedBulkWriter(store: SqliteReadStore, sent: number[], onWrite: (n: number, batch: WriteBatch) => WriteBatch): ReadStore {
      return Object.assign(Object.create(store) as ReadStore, {
        bulkWriter: (options: Parameters<NonNullable<ReadStore['bulkWriter']>>[0]): BulkWriter => {
          const inner = store.bulkWriter(options);
          let inFlight = 0;
          return {
            maxInFlight: inner.maxInFlight,
            close: () => inner.close(),
            write: (batch) => {
              sent.push(inFlight);
              inFlight += 1;
              const written = inner.write(onWrite(sent.length, batch));
              const settled = () => (inFlight -= 1);
              written.then(settled, settled);
              return written;
            },
          };
        },
      });
    }

    /** The position of the nth event of the log (from 1). */
    async function positionOf(n: number): Promise<string> {
      return (await events.readAll({ maxCount: n }))[n - 1].position;
    }

    it('given batch N+1 failing while batch N commits, when started, then N+1 and every later batch are unwritten and the subscription resumes after N with nothing missing or doubled', async () => {
      const totals = await seed(10, 20);
      const sqlite = new SqliteReadStore(join(dir, 'read-models.sqlite'));
      // a unique index the 4th batch breaks (an error of the store mid-replay)
      await sqlite.ensureIndexes([{ collection: 'boom', keys: { x: 1 }, unique: true }]);
      const breaks = { collection: 'boom', operations: ['b1', 'b2'].map((id) => ({ replaceOne: { filter: { _id: id }, replacement: { _id: id, x: 1 }, upsert: true } })) };
      const sent: number[] = [];
      const store = watchedBulkWriter(sqlite, sent, (n, batch) => (n === 4 ? { ...batch, writes: [...batch.writes, breaks] } : batch));
      const from: string[] = [];
      const watched = Object.assign(Object.create(events) as SqliteEventStore, {
        subscribeToAll: (after: string) => {
          from.push(after);
          return events.subscribeToAll(after);
        },
      });
      const errors: string[] = [];
      const runner = new ProjectionRunner(watched, store, [tally, typesSeen], { ...silent, error: (m) => errors.push(m) }, { replayBatchMaxEvents: 20 });
      await runner.start();
      expect(await runner.catchUp(10_000)).toBe(true);
      await runner.stop();

      expect(errors).toContain('replaying projections failed; the subscription takes over');
      expect(sent.slice(0, 5)).toContain(1); // a batch was sent while the one before it committed
      expect(sent.length).toBeGreaterThanOrEqual(5); // the 5th was sent before the 4th failed ...
      expect(sent.length).toBeLessThanOrEqual(6);
      expect(from[0]).toBe(await positionOf(60)); // ... yet the subscription resumes after the 3rd, the last written
      expect(await sqlite.collection('boom').count()).toBe(0);
      const result = await docs(sqlite);
      expect(result).toHaveLength(10);
      for (const doc of result) {
        expect(doc.total).toBe(totals.get(doc._id));
        expect(new Set(doc.seen).size).toBe(20);
        expect(doc.seen).toHaveLength(20);
      }
      expect((await sqlite.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(200);
      await sqlite.close();
    });

    it('given a runner stopped mid-replay, when it stops, then the store holds whole batches only: each document reflects exactly the events up to the checkpoint', async () => {
      await seed(10, 20);
      const sqlite = new SqliteReadStore(join(dir, 'read-models.sqlite'));
      const sent: number[] = [];
      let stopped: Promise<void> | null = null;
      const runner: ProjectionRunner = new ProjectionRunner(
        events,
        watchedBulkWriter(sqlite, sent, (n, batch) => {
          if (n === 3) stopped = runner.stop();
          return batch;
        }),
        [tally, typesSeen],
        silent,
        { replayBatchMaxEvents: 20 },
      );
      await runner.start();
      await stopped;
      expect(sent.length).toBeLessThan(10);

      const checkpoints = await sqlite.collection<{ _id: string; position: string }>(CHECKPOINTS_COLLECTION).find({});
      expect(checkpoints).toHaveLength(2);
      expect(checkpoints[0].position).toBe(checkpoints[1].position);
      const log = await events.readAll({ maxCount: 1000 });
      const reached = log.findIndex((e) => e.position === checkpoints[0].position) + 1;
      expect(reached % 20).toBe(0); // a batch boundary
      expect(reached).toBeGreaterThanOrEqual(40);
      const applied = log.slice(0, reached);
      const expected = new Map<string, number>();
      for (const e of applied) expected.set(e.streamId, (expected.get(e.streamId) ?? 0) + 1);
      const result = await docs(sqlite);
      expect(new Map(result.map((d) => [d._id, d.count]))).toEqual(expected);
      expect((await sqlite.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(reached);
      await sqlite.close();
    });
  });

  it('rebuilds one projection by name and refuses an unknown name', async () => {
    await seed(2, 2);
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(events, store, [tally, typesSeen], silent);
    await runner.start();
    await runner.catchUp(5000);
    await store.collection('tallies').upsert({ _id: 'bogus' });
    await runner.rebuild('tally');
    await runner.catchUp(5000);
    expect(await store.collection('tallies').findOne({ _id: 'bogus' })).toBeNull();
    expect(await store.collection('tallies').count()).toBe(2);
    await expect(runner.rebuild('nope')).rejects.toThrow(/Unknown projection nope/);
    await runner.stop();
  });

  describe('documents kept as last written', () => {
    it('given documents written by earlier batches, when later events touch them, then they are not read back from the store', async () => {
      const store = new MemoryReadStore();
      const reads: string[] = [];
      const runner = new ProjectionRunner(events, countingTallyReads(store, reads), [tally], silent);
      await runner.start();
      for (let i = 1; i <= 5; i += 1) {
        for (const stream of ['s-0', 's-1']) {
          const written = await events.append(stream, [added(i)], 'any');
          expect(await runner.waitFor(written.position, 5000)).toBe(true); // one batch per event
        }
      }
      await runner.stop();
      expect(reads).toEqual(['s-0', 's-1']); // each read once, at its first event (it did not exist then)
      expect((await docs(store)).map((d) => [d._id, d.count, d.total])).toEqual([
        ['s-0', 5, 15],
        ['s-1', 5, 15],
      ]);
    });

    it('given a batch whose write fails, when it is retried, then every document it touched is read back from the store', async () => {
      // Against the contract (evolve must not change what it is given), this one appends to the current document's
      // array in place: a kept document changed by a batch that then failed would count the event twice.
      const inPlace: Projection<TallyDoc> = {
        ...tally,
        evolve(doc, e) {
          const current = doc ?? { _id: e.streamId, count: 0, total: 0, seen: [] };
          current.seen.push(e.id);
          return { ...current, count: current.count + 1, total: current.total + Number(e.data.n) };
        },
      };
      const store = new MemoryReadStore();
      const failing = failingNextWrite(store);
      const reads: string[] = [];
      const runner = new ProjectionRunner(events, countingTallyReads(failing, reads), [inPlace], silent);
      await runner.start();
      const first = await events.append('s-0', [added(1)], 'any');
      expect(await runner.waitFor(first.position, 5000)).toBe(true);

      failing.failNext();
      const second = await events.append('s-0', [added(2)], 'any');
      expect(await runner.waitFor(second.position, 5000)).toBe(true); // after the back-off
      const third = await events.append('s-0', [added(3)], 'any');
      expect(await runner.waitFor(third.position, 5000)).toBe(true);
      await runner.stop();

      expect(reads).toEqual(['s-0', 's-0']); // at the first event, then at the retry
      const [doc] = await docs(store);
      expect(doc).toMatchObject({ count: 3, total: 6 });
      expect(doc.seen).toHaveLength(3);
      expect(new Set(doc.seen).size).toBe(3);
    });

    it('given documents kept from before a rebuild, when events follow the rebuild, then they apply to the rebuilt documents', async () => {
      // What the events say changes between the two runs, as when a person's data is erased: the rebuilt documents
      // must not bring back what the documents kept from before showed.
      let erased = false;
      const names: Projection<ProjectedDocument & { names: string[] }> = {
        name: 'names',
        collection: 'names',
        eventTypes: ['Added'],
        documentIds: (e) => [e.streamId],
        evolve: (doc, e) => ({ _id: e.streamId, names: [...(doc?.names ?? []), erased ? '[erased]' : `name-${e.data.n}`] }),
      };
      const store = new MemoryReadStore();
      const runner = new ProjectionRunner(events, store, [names], silent);
      await runner.start();
      const before = await events.append('s-0', [added(1)], 'any');
      expect(await runner.waitFor(before.position, 5000)).toBe(true);

      erased = true;
      await runner.rebuild('names');
      const after = await events.append('s-0', [added(2)], 'any');
      expect(await runner.waitFor(after.position, 5000)).toBe(true);
      await runner.stop();

      expect(await store.collection('names').findOne({ _id: 's-0' })).toMatchObject({ names: ['[erased]', '[erased]'] });
    });
  });

  it('reports a bounded wait that could not be met', async () => {
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(events, store, [tally], silent);
    await runner.start();
    expect(await runner.waitFor('99999999999999999999', 50)).toBe(false);
    await runner.stop();
  });

  describe('one projector at a time (lease)', () => {
    it('given a live runner, when a second runner or a rebuild starts, then it is refused until the first stops', async () => {
      await seed(2, 3);
      const store = new MemoryReadStore();
      const first = new ProjectionRunner(events, store, [tally], silent, { lease: new ProjectorLease(store, 'first') });
      await first.start();
      await first.catchUp(5000);
      const second = new ProjectionRunner(events, store, [tally], silent, { lease: new ProjectorLease(store, 'second'), leaseWaitMs: 100 });

      await expect(second.start()).rejects.toBeInstanceOf(LeaseHeldError);
      await expect(second.rebuild()).rejects.toThrow(/owner first/);
      expect(await store.collection('tallies').count()).toBe(2);

      await first.stop();
      await second.start();
      const live = await events.append('s-0', [added(7)], 'any');
      expect(await second.waitFor(live.position, 5000)).toBe(true);
      expect(await store.collection(LEASES_COLLECTION).findOne({ _id: 'projector' })).toMatchObject({ owner: 'second' });
      await second.stop();
      expect(await store.collection(LEASES_COLLECTION).count()).toBe(0);
    });

    it('given a runner whose lease was taken over, when it has a batch to write, then it writes nothing and stops', async () => {
      await seed(1, 2);
      const store = new MemoryReadStore();
      let now = Date.parse('2026-01-01T00:00:00.000Z');
      const clock = () => now;
      const stale = new ProjectionRunner(events, store, [tally], silent, { lease: new ProjectorLease(store, 'stale', { ttlMs: 60_000, now: clock }) });
      await stale.start();
      await stale.catchUp(5000);
      now += 120_000; // its process froze past the lease's expiry, and another took the lease
      const taker = new ProjectorLease(store, 'taker', { ttlMs: 60_000, now: clock });
      expect(await taker.tryAcquire()).toBeNull();

      const late = await events.append('s-0', [added(5)], 'any');

      expect(await stale.waitFor(late.position, 500)).toBe(false);
      expect((await store.collection<TallyDoc>('tallies').findOne({ _id: 's-0' }))?.count).toBe(2);
      await stale.stop();
      expect(await store.collection(LEASES_COLLECTION).findOne({ _id: 'projector' })).toMatchObject({ owner: 'taker' });
    });

    it('given a lease left by a holder known to be gone (a killed process), when a runner starts, then it takes it over', async () => {
      const store = new MemoryReadStore();
      await new ProjectorLease(store, 'host:1:dead').tryAcquire();
      const lease = new ProjectorLease(store, 'host:2:alive', { holderIsGone: (owner) => owner === 'host:1:dead' });
      expect(await lease.tryAcquire()).toBeNull();
      expect(await lease.holder()).toMatchObject({ owner: 'host:2:alive' });
    });
  });

  describe('the lockstep checkpoint', () => {
    /** The store, recording the checkpoint rows each batch write carries. */
    function recordingCheckpointRows(store: ReadStore, batches: CheckpointDocument[][]): ReadStore {
      return Object.assign(Object.create(store) as ReadStore, {
        writeBatch: (batch: Parameters<ReadStore['writeBatch']>[0]) => {
          const rows = batch.writes
            .filter((w) => w.collection === CHECKPOINTS_COLLECTION)
            .flatMap((w) => w.operations.map((o) => ('replaceOne' in o ? o.replaceOne.replacement : o)) as unknown as CheckpointDocument[]);
          batches.push(rows);
          return store.writeBatch(batch);
        },
      });
    }

    /** The projection, counting the events it evolves a document with. */
    function counted<T extends ProjectedDocument>(projection: Projection<T>, evolved: { n: number }): Projection<T> {
      return { ...projection, evolve: (doc, e) => ((evolved.n += 1), projection.evolve(doc, e)) };
    }

    async function savedCheckpoints(store: ReadStore): Promise<Map<string, string>> {
      return effectiveCheckpoints(await store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).find({}));
    }

    it('refuses a projection named as the lockstep row', () => {
      expect(() => new ProjectionRunner(events, new MemoryReadStore(), [{ ...tally, name: LOCKSTEP_CHECKPOINT_ID }], silent)).toThrow(
        /lockstep/,
      );
    });

    it('given projections in lockstep, when a batch is written, then it carries exactly one checkpoint row naming them all', async () => {
      await seed(2, 3);
      const store = new MemoryReadStore();
      const batches: CheckpointDocument[][] = [];
      const runner = new ProjectionRunner(events, recordingCheckpointRows(store, batches), [tally, typesSeen], silent);
      await runner.start();
      await runner.catchUp(5000);
      batches.length = 0; // the replay of a first start writes each projection's own row
      const positions: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const written = await events.append(`s-${i % 2}`, [added(i)], 'any');
        expect(await runner.waitFor(written.position, 5000)).toBe(true);
        positions.push(written.position);
      }
      await runner.stop();

      expect(batches.length).toBeGreaterThan(0);
      for (const rows of batches) {
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ _id: LOCKSTEP_CHECKPOINT_ID, members: ['tally', 'types'] });
      }
      expect(batches.map((rows) => rows[0].position)).toEqual(positions);
    });

    it('given many lockstep batches, when restarted, then every projection resumes after the last one', async () => {
      const store = new MemoryReadStore();
      const runner = new ProjectionRunner(events, store, [tally, typesSeen], silent);
      await runner.start();
      let last = '';
      for (let i = 0; i < 30; i += 1) {
        last = (await events.append(`s-${i % 3}`, [added(1)], 'any')).position;
        expect(await runner.waitFor(last, 5000)).toBe(true);
      }
      await runner.stop();
      expect([...(await savedCheckpoints(store)).entries()].sort()).toEqual([
        ['tally', last],
        ['types', last],
      ]);

      const from: string[] = [];
      const watched = Object.assign(Object.create(events) as SqliteEventStore, {
        subscribeToAll: (after: string) => {
          from.push(after);
          return events.subscribeToAll(after);
        },
      });
      const evolved = { n: 0 };
      const resumed = new ProjectionRunner(watched, store, [counted(tally, evolved), counted(typesSeen, evolved)], silent);
      await resumed.start();
      await events.append('s-0', [added(5)], 'any');
      expect(await resumed.catchUp(5000)).toBe(true);
      await resumed.stop();
      expect(from[0]).toBe(last);
      expect(evolved.n).toBe(2); // the one new event, once per projection
      expect((await docs(store)).map((d) => [d._id, d.count, d.total])).toEqual([
        ['s-0', 11, 15],
        ['s-1', 10, 10],
        ['s-2', 10, 10],
      ]);
      expect((await store.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(31);
    });

    it('given a projection added to a runner, when started, then it catches up from zero while the others resume, and joins the lockstep row', async () => {
      await seed(3, 4);
      const store = new MemoryReadStore();
      const first = new ProjectionRunner(events, store, [tally], silent);
      await first.start();
      const before = await events.append('s-0', [added(10)], 'any');
      expect(await first.waitFor(before.position, 5000)).toBe(true);
      await first.stop();
      expect(await store.collection(CHECKPOINTS_COLLECTION).findOne({ _id: LOCKSTEP_CHECKPOINT_ID })).toMatchObject({ members: ['tally'] });

      const tallied = { n: 0 };
      const typed = { n: 0 };
      const batches: CheckpointDocument[][] = [];
      const second = new ProjectionRunner(events, recordingCheckpointRows(store, batches), [counted(tally, tallied), counted(typesSeen, typed)], silent);
      await second.start();
      expect(await second.catchUp(5000)).toBe(true);
      expect(tallied.n).toBe(0); // tally had applied all of it
      expect(typed.n).toBe(13);
      const after = await events.append('s-1', [added(1)], 'any');
      expect(await second.waitFor(after.position, 5000)).toBe(true);
      await second.stop();

      expect(tallied.n).toBe(1);
      expect((await store.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(14);
      expect(batches[batches.length - 1]).toEqual([
        expect.objectContaining({ _id: LOCKSTEP_CHECKPOINT_ID, position: after.position, members: ['tally', 'types'] }),
      ]);
      expect([...(await savedCheckpoints(store)).entries()].sort()).toEqual([
        ['tally', after.position],
        ['types', after.position],
      ]);
    });

    it('given projections in lockstep, when one is rebuilt, then only it replays and the other keeps its place', async () => {
      await seed(2, 3);
      const store = new MemoryReadStore();
      const tallied = { n: 0 };
      const typed = { n: 0 };
      const runner = new ProjectionRunner(events, store, [counted(tally, tallied), counted(typesSeen, typed)], silent);
      await runner.start();
      const live = await events.append('s-0', [added(1)], 'any');
      expect(await runner.waitFor(live.position, 5000)).toBe(true);
      tallied.n = 0;
      typed.n = 0;

      await runner.rebuild('types');
      expect(await runner.catchUp(5000)).toBe(true);
      await runner.stop();
      expect(tallied.n).toBe(0);
      expect(typed.n).toBe(7);
      expect((await store.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(7);
      expect((await docs(store)).map((d) => [d._id, d.count])).toEqual([
        ['s-0', 4],
        ['s-1', 3],
      ]);
    });

    // A rebuild's steps, each a separate write: the lockstep row without it, its own row deleted, its documents dropped.
    it.each([
      ['the lockstep row is rewritten', 1, false],
      ['its own row is deleted too', 2, false],
      ['its documents are dropped too', 2, true],
    ])('given a rebuild of one projection killed once %s, when restarted, then it replays into complete documents and the other is untouched', async (_step, writesBeforeDeath, dropped) => {
      await seed(2, 3);
      const durable = new MemoryReadStore();
      const runner = new ProjectionRunner(events, durable, [tally, typesSeen], silent);
      await runner.start();
      const live = await events.append('s-0', [added(1)], 'any');
      expect(await runner.waitFor(live.position, 5000)).toBe(true);
      await runner.stop();
      const tallies = await docs(durable);

      // The process dies at its next write after these, or at the drop of the documents (before or after it).
      const dying = Object.assign(dyingStore(durable, writesBeforeDeath), {
        drop: async (collection: string) => {
          if (dropped) await durable.drop(collection);
          throw new Error('process killed');
        },
      });
      await expect(new ProjectionRunner(events, dying, [tally, typesSeen], silent).rebuild('types')).rejects.toThrow('process killed');

      const tallied = { n: 0 };
      const restarted = new ProjectionRunner(events, durable, [counted(tally, tallied), typesSeen], silent);
      await restarted.start();
      expect(await restarted.catchUp(5000)).toBe(true);
      await restarted.stop();
      expect(tallied.n).toBe(0);
      expect(await docs(durable)).toEqual(tallies);
      expect((await durable.collection<{ _id: string; n: number }>('types').findOne({ _id: 'all' }))?.n).toBe(7);
      expect([...(await savedCheckpoints(durable)).entries()].sort()).toEqual([
        ['tally', live.position],
        ['types', live.position],
      ]);
    });
  });
});
