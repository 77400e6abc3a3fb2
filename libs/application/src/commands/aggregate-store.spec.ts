import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpcasterRegistry } from '@candor/contracts';
import { Decider, DomainError } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { SqliteSnapshotStore } from '@candor/infrastructure/event-store/sqlite/sqlite-snapshot-store.adapter';
import { AggregateStore } from './aggregate-store';
import { requestContext } from '../context/request-context';
import { ConcurrencyError } from '../ports/event-store.port';

type CounterEvent = { type: 'Incremented'; data: { by: number } } | { type: 'Opened'; data: { limit: number } };
type CounterCommand = { type: 'Open'; limit: number } | { type: 'Increment'; by: number } | { type: 'Touch' };
interface Counter {
  open: boolean;
  value: number;
  limit: number;
}

/** A tiny decider: open once, increment up to a limit, touching changes nothing. */
const counter: Decider<Counter, CounterCommand, CounterEvent> = {
  initialState: () => ({ open: false, value: 0, limit: 0 }),
  decide(command, state) {
    switch (command.type) {
      case 'Open':
        if (state.open) throw new DomainError('COUNTER.ALREADY_OPEN', 'already open', 'conflict');
        return [{ type: 'Opened', data: { limit: command.limit } }];
      case 'Increment':
        if (state.value + command.by > state.limit) throw new DomainError('COUNTER.LIMIT', 'over the limit', 'limit');
        return [{ type: 'Incremented', data: { by: command.by } }];
      case 'Touch':
        return [];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'Opened':
        return { ...state, open: true, limit: event.data.limit };
      case 'Incremented':
        return { ...state, value: state.value + event.data.by };
    }
  },
};

describe('AggregateStore: the command-handler template', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: AggregateStore;
  const progress = { waitFor: jest.fn(async () => true) };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-agg-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'));
    store = new AggregateStore(events, new UpcasterRegistry(), progress, 100);
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends a new aggregate with "no stream" and later commands at the version it was loaded at', async () => {
    await store.execute('c-1', counter, { type: 'Open', limit: 10 });
    const result = await store.execute('c-1', counter, { type: 'Increment', by: 3 });
    expect(result.version).toBe(2);
    expect(result.state).toEqual({ open: true, value: 3, limit: 10 });
    expect((await events.readStream('c-1')).map((e) => e.type)).toEqual(['Opened', 'Incremented']);
    expect(progress.waitFor).toHaveBeenCalledWith(result.position, 100);
  });

  it('writes nothing when the decider decides nothing', async () => {
    await store.execute('c-1', counter, { type: 'Open', limit: 10 });
    const result = await store.execute('c-1', counter, { type: 'Touch' });
    expect(result).toMatchObject({ events: [], version: 1, position: null });
    expect(await events.readStream('c-1')).toHaveLength(1);
  });

  it('lets a domain error through and appends nothing', async () => {
    await store.execute('c-1', counter, { type: 'Open', limit: 1 });
    await expect(store.execute('c-1', counter, { type: 'Increment', by: 5 })).rejects.toMatchObject({ code: 'COUNTER.LIMIT' });
    expect(await events.readStream('c-1')).toHaveLength(1);
  });

  it('re-decides on a version conflict, so racing commands are each applied or refused, never lost', async () => {
    await store.execute('c-1', counter, { type: 'Open', limit: 1000 });
    await Promise.all(Array.from({ length: 20 }, () => store.execute('c-1', counter, { type: 'Increment', by: 1 }, { retries: 50 })));
    const { state } = await store.load('c-1', counter);
    expect(state.value).toBe(20);
  });

  it('gives up with the typed ConcurrencyError when retries are exhausted', async () => {
    await store.execute('c-1', counter, { type: 'Open', limit: 1000 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => store.execute('c-1', counter, { type: 'Increment', by: 1 }, { retries: 0 })),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused.every((o) => (o as PromiseRejectedResult).reason instanceof ConcurrencyError)).toBe(true);
    const { state } = await store.load('c-1', counter);
    expect(state.value).toBe(outcomes.length - refused.length);
  });

  it('stamps every event with correlation id, causation id, acting user, timestamp and schema version', async () => {
    await requestContext.run(
      { requestId: 'req-1', correlationId: 'corr-1', userId: 'user-1', writtenPosition: null, readModelsCurrent: true },
      () => store.execute('c-1', counter, { type: 'Open', limit: 1 }),
    );
    const [event] = await events.readStream('c-1');
    expect(event.metadata).toMatchObject({ correlationId: 'corr-1', causationId: 'req-1', userId: 'user-1', schemaVersion: 1 });
    expect(Date.parse(event.metadata.timestamp)).not.toBeNaN();
  });

  it('records the written position on the request and says when the read models lag', async () => {
    const lagging = new AggregateStore(events, new UpcasterRegistry(), { waitFor: async () => false }, 10);
    const ctx = { requestId: 'r', correlationId: 'c', userId: null, writtenPosition: null, readModelsCurrent: true };
    await requestContext.run(ctx, () => lagging.execute('c-2', counter, { type: 'Open', limit: 1 }));
    expect(ctx.writtenPosition).toBe(await events.headPosition());
    expect(ctx.readModelsCurrent).toBe(false);
  });

  describe('loading in constant time', () => {
    /** The revisions each readStream call starts from, so a test sees how much of a stream was read. */
    function watchReads(): number[] {
      const from: number[] = [];
      const read = events.readStream.bind(events);
      jest.spyOn(events, 'readStream').mockImplementation((id, options) => {
        from.push(options?.fromRevision ?? 1);
        return read(id, options);
      });
      return from;
    }

    it('given a stream it decided on, when the next command comes, then it is decided on the cached state without reading the stream', async () => {
      await store.execute('c-1', counter, { type: 'Open', limit: 1000 });
      for (let i = 0; i < 50; i += 1) await store.execute('c-1', counter, { type: 'Increment', by: 1 });
      const reads = watchReads();

      const result = await store.execute('c-1', counter, { type: 'Increment', by: 2 });

      expect(reads).toEqual([]);
      expect(result).toMatchObject({ version: 52, state: { value: 52 } });
      expect(await events.readStream('c-1')).toHaveLength(52);
    });

    it('given a cache behind the store (another process appended), when a command comes, then the conflict reloads and decides on the stored state, uncounted', async () => {
      const other = new AggregateStore(events, new UpcasterRegistry(), progress, 100);
      await store.execute('c-1', counter, { type: 'Open', limit: 10 });
      await other.execute('c-1', counter, { type: 'Increment', by: 4 });

      const result = await store.execute('c-1', counter, { type: 'Increment', by: 1 }, { retries: 0 });

      expect(result).toMatchObject({ version: 3, state: { value: 5 } });
      await other.execute('c-1', counter, { type: 'Increment', by: 5 });
      await expect(store.execute('c-1', counter, { type: 'Increment', by: 1 })).rejects.toMatchObject({ code: 'COUNTER.LIMIT' });
      expect((await events.readStream('c-1')).length).toBe(4);
    });

    it('given a cache behind the store, when the cached state decides nothing, then the store is asked before answering', async () => {
      const other = new AggregateStore(events, new UpcasterRegistry(), progress, 100);
      await store.execute('c-1', counter, { type: 'Open', limit: 10 });
      await other.execute('c-1', counter, { type: 'Increment', by: 3 });

      expect(await store.execute('c-1', counter, { type: 'Touch' })).toMatchObject({ version: 2, state: { value: 3 } });
      expect(await store.load('c-1', counter)).toEqual({ version: 2, state: { open: true, limit: 10, value: 3 } });
    });

    describe('with snapshots', () => {
      let snapshots: SqliteSnapshotStore;
      beforeEach(() => {
        snapshots = new SqliteSnapshotStore(join(dir, 'events.sqlite'));
      });
      afterEach(() => snapshots.close());

      it('given a long cold stream, when loaded, then only the events after the latest snapshot are read and the state is the full fold', async () => {
        const writer = new AggregateStore(events, new UpcasterRegistry(), progress, 100, { snapshots, snapshotEvery: 100 });
        await writer.execute('c-1', counter, { type: 'Open', limit: 10_000 });
        for (let i = 0; i < 249; i += 1) await writer.execute('c-1', counter, { type: 'Increment', by: 1 });
        const cold = new AggregateStore(events, new UpcasterRegistry(), progress, 100, { snapshots, snapshotEvery: 100, cacheSize: 0 });
        const reads = watchReads();

        const loaded = await cold.load('c-1', counter);
        const result = await cold.execute('c-1', counter, { type: 'Increment', by: 1 });

        expect(loaded).toEqual({ version: 250, state: { open: true, limit: 10_000, value: 249 } });
        expect(result).toMatchObject({ version: 251, state: { value: 250 } });
        expect(reads).toEqual([201, 201]);
      });

      it('given snapshots written by another evolve, when loaded, then they are ignored and the stream is folded from its first event', async () => {
        const writer = new AggregateStore(events, new UpcasterRegistry(), progress, 100, { snapshots, snapshotEvery: 10 });
        await writer.execute('c-1', counter, { type: 'Open', limit: 100 });
        for (let i = 0; i < 24; i += 1) await writer.execute('c-1', counter, { type: 'Increment', by: 1 });
        const doubled: typeof counter = {
          ...counter,
          evolve: (state, event) => (event.type === 'Incremented' ? { ...state, value: state.value + 2 * event.data.by } : counter.evolve(state, event)),
        };
        const cold = new AggregateStore(events, new UpcasterRegistry(), progress, 100, { snapshots, snapshotEvery: 10, cacheSize: 0 });
        const reads = watchReads();

        expect((await cold.load('c-1', doubled)).state.value).toBe(48);
        expect((await cold.load('c-1', counter)).state.value).toBe(24);
        expect(reads).toEqual([1, 21]);
      });
    });
  });
});
