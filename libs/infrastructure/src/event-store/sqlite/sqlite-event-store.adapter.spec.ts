import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventHash, GENESIS_HASH, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore } from '@candor/application';
import { eventStoreContract, newEvent, streamId } from '../../testing/event-store.contract';
import { formatSqlitePosition, parseSqlitePosition, SqliteEventStore } from './sqlite-event-store.adapter';
import { SqliteAppendWriter } from './sqlite-append-writer';

const directories = new Map<EventStore, string>();

function openInTempDir(): SqliteEventStore {
  const dir = mkdtempSync(join(tmpdir(), 'candor-events-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  directories.set(store, dir);
  return store;
}

async function closeAndRemove(store: EventStore): Promise<void> {
  await store.close();
  rmSync(directories.get(store)!, { recursive: true, force: true });
  directories.delete(store);
}

eventStoreContract('SQLite', async () => openInTempDir(), closeAndRemove);

describe('SqliteEventStore', () => {
  let store: SqliteEventStore;

  beforeEach(() => {
    store = openInTempDir();
  });
  afterEach(() => closeAndRemove(store));

  it('an empty log has its head at START_POSITION and reads as empty', async () => {
    expect(await store.headPosition()).toBe(START_POSITION);
    expect(await store.readAll()).toEqual([]);
  });

  it('keeps everything through a close and a reopen of the same file', async () => {
    const stream = streamId('reopen');
    const events = [newEvent('Opened', { n: 1 }), newEvent('Noted', { n: 2 })];
    const written = await store.append(stream, events, 'no_stream');
    const before = await store.readAll();
    await store.close();

    const reopened = new SqliteEventStore(store.file);
    try {
      expect(await reopened.readAll()).toEqual(before);
      expect(await reopened.headPosition()).toBe(written.position);
      await expect(reopened.append(stream, events, 'no_stream')).resolves.toEqual(written);
      const next = await reopened.append(stream, [newEvent()], 2);
      expect(next.nextVersion).toBe(3);
      expect(parseSqlitePosition(next.position)).toBe(parseSqlitePosition(written.position) + 1);
    } finally {
      await reopened.close();
    }
  });

  it('a subscription sees appends made by another process on the same file (polling)', async () => {
    const other = new SqliteEventStore(store.file);
    const subscription = store.subscribeToAll(START_POSITION);
    const events = subscription[Symbol.asyncIterator]();
    try {
      const event = newEvent();
      const next = events.next();
      await other.append(streamId('other-process'), [event], 'no_stream');

      await expect(next).resolves.toMatchObject({ done: false, value: { id: event.id } });
    } finally {
      await subscription.stop();
      await other.close();
    }
  });

  it('commits appends of one tick together: a conflict in the batch refuses only that append', async () => {
    const streams = Array.from({ length: 20 }, (_, i) => streamId(`batch-${i}`));
    const contested = streamId('contested');
    const results = await Promise.allSettled([
      ...streams.map((s) => store.append(s, [newEvent('Opened', { s })], 'no_stream')),
      store.append(contested, [newEvent('Won')], 'no_stream'),
      store.append(contested, [newEvent('Lost')], 'no_stream'),
    ]);
    expect(results.slice(0, 21).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(results[21]).toMatchObject({ status: 'rejected', reason: { name: 'ConcurrencyError' } });
    const log = await store.readAll();
    expect(log.map((e) => e.type)).toEqual([...streams.map(() => 'Opened'), 'Won']);
    // Positions are contiguous: the refused append left no hole and no row behind.
    expect(log.map((e) => parseSqlitePosition(e.position))).toEqual(log.map((_, i) => i + 1));
    const positions = results.slice(0, 21).map((r) => (r as PromiseFulfilledResult<{ position: string }>).value.position);
    expect(positions).toEqual(log.map((e) => e.position));
  });

  describe('another writer that commits between a batch being prepared and written', () => {
    /** Holds the file's write lock with the stream's first event written but not committed, as another process would. */
    function rivalWritingFirstEventOf(stream: string): { commit: () => void; close: () => void } {
      const rival = new Database(store.file);
      rival.pragma('busy_timeout = 5000');
      rival.exec('BEGIN IMMEDIATE');
      rival
        .prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at, hash, previous_hash) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)')
        .run(`rival-${stream}`, stream, 'Rival', '{}', JSON.stringify(newEvent().metadata), new Date().toISOString(), 'f'.repeat(64), GENESIS_HASH);
      return { commit: () => rival.exec('COMMIT'), close: () => rival.close() };
    }
    const prepared = () => new Promise((resolve) => setTimeout(resolve, 100));

    it('an append whose rows collide is prepared again: a ConcurrencyError with the version the rival made', async () => {
      const stream = streamId('rival');
      const rival = rivalWritingFirstEventOf(stream);
      try {
        const appending = store.append(stream, [newEvent('Mine')], 'no_stream');
        await prepared(); // prepared against the committed log, which does not hold the rival's event yet
        rival.commit();

        await expect(appending).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 1 });
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['Rival']);
      } finally {
        rival.close();
      }
    });

    it('the later appends of that stream in the batch are prepared again too, chained to what is stored', async () => {
      const stream = streamId('rival-chain');
      const rival = rivalWritingFirstEventOf(stream);
      try {
        const first = store.append(stream, [newEvent('First')], 'no_stream');
        const second = store.append(stream, [newEvent('Second')], 1);
        const elsewhere = store.append(streamId('unrelated'), [newEvent('Elsewhere')], 'no_stream');
        await prepared();
        rival.commit();

        await expect(first).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 1 });
        await expect(second).resolves.toMatchObject({ nextVersion: 2 });
        await expect(elsewhere).resolves.toMatchObject({ nextVersion: 1 });
        const events = await store.readStream(stream);
        expect(events.map((e) => e.type)).toEqual(['Rival', 'Second']);
        expect(events[1].previousHash).toBe(events[0].hash);
      } finally {
        rival.close();
      }
    });
  });

  describe('tails of the streams it committed, kept', () => {
    /** Counts the reads of a stream's tail from the file (the statement the adapter prepares for them). */
    function countTailReads(target: SqliteEventStore): () => number {
      const statements = (target as unknown as { statements: { tail: { get: (stream: string) => unknown } } }).statements;
      const read = statements.tail.get.bind(statements.tail);
      let reads = 0;
      statements.tail.get = (stream: string) => {
        reads += 1;
        return read(stream);
      };
      return () => reads;
    }

    it('appends to a stream it wrote read its tail from the file only the first time', async () => {
      const stream = streamId('kept-tail');
      const tailReads = countTailReads(store);
      await store.append(stream, [newEvent('First')], 'no_stream');
      expect(tailReads()).toBe(1); // a stream it has not written yet
      await store.append(stream, [newEvent('Second')], 1);
      await store.append(stream, [newEvent('Third')], 'any');
      expect(tailReads()).toBe(1);
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([1, 2, 3]);
      expect(events[2].previousHash).toBe(events[1].hash);
    });

    it('given another process appended to the stream since, then appends continue after its events, chained to them', async () => {
      const stream = streamId('moved-by-another');
      await store.append(stream, [newEvent('Mine')], 'no_stream');
      const other = new SqliteEventStore(store.file);
      try {
        await other.append(stream, [newEvent('Theirs')], 1);
      } finally {
        await other.close();
      }
      // The version a reader of the stream would expect, then any version (the kept tail is behind: the rows collide).
      await expect(store.append(stream, [newEvent('AfterTheirs')], 2)).resolves.toMatchObject({ nextVersion: 3 });
      await expect(store.append(stream, [newEvent('Any')], 'any')).resolves.toMatchObject({ nextVersion: 4 });
      await expect(store.append(stream, [newEvent('Stale')], 2)).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 4 });

      const second = new SqliteEventStore(store.file);
      try {
        await second.append(stream, [newEvent('TheirsAgain')], 4);
      } finally {
        await second.close();
      }
      await expect(store.append(stream, [newEvent('Last')], 'any')).resolves.toMatchObject({ nextVersion: 6 });
      const events = await store.readStream(stream);
      expect(events.map((e) => e.type)).toEqual(['Mine', 'Theirs', 'AfterTheirs', 'Any', 'TheirsAgain', 'Last']);
      for (let i = 1; i < events.length; i += 1) expect(events[i].previousHash).toBe(events[i - 1].hash);
    });
  });

  describe('a subscription woken by its own commits', () => {
    /** Every page the subscription's reads fetched from the file, by their sizes. */
    function pagesReadFromFile(target: SqliteEventStore): number[] {
      const statements = (target as unknown as { statements: { allForwards: { all: (...args: [number, number]) => unknown[] } } }).statements;
      const all = statements.allForwards.all.bind(statements.allForwards);
      const pages: number[] = [];
      statements.allForwards.all = (...args: [number, number]) => {
        const rows = all(...args);
        pages.push(rows.length);
        return rows;
      };
      return pages;
    }

    async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
      const taken: RecordedEvent[] = [];
      while (taken.length < count) taken.push((await iterator.next()).value as RecordedEvent);
      return taken;
    }

    it('reads the events it committed from memory, exactly as a read of the file returns them', async () => {
      const subscription = store.subscribeToAll(START_POSITION);
      const iterator = subscription[Symbol.asyncIterator]();
      const pages = pagesReadFromFile(store);
      try {
        const first = take(iterator, 1);
        await store.append(streamId('alone'), [newEvent('Opened', { n: 1 })], 'no_stream');
        const delivered = await first;
        // one commit of several appends (one refused), then appends of several events
        const contested = streamId('contested');
        const next = take(iterator, 5);
        await Promise.allSettled([
          store.append(contested, [newEvent('Won', { nested: { list: [1, 'two', null] } })], 'no_stream'),
          store.append(contested, [newEvent('Lost')], 'no_stream'),
          store.append(streamId('several'), [newEvent('A'), newEvent('B'), newEvent('C')], 'no_stream'),
        ]);
        await store.append(contested, [newEvent('Again')], 1);
        delivered.push(...(await next));

        expect(delivered.map((e) => e.type)).toEqual(['Opened', 'Won', 'A', 'B', 'C', 'Again']);
        expect(pages.length).toBeGreaterThan(0);
        expect(pages.every((rows) => rows === 0)).toBe(true); // the file was read only to find nothing after them
        expect(delivered).toEqual(await store.readAll());
        // fresh objects on every read: changing one delivered changes no later read
        (delivered[1].data as { nested: { list: unknown[] } }).nested.list.push('changed');
        expect((await store.readAll())[1].data).toEqual({ nested: { list: [1, 'two', null] } });
      } finally {
        await subscription.stop();
      }
    });

    it('after delivering its own commits, reads the file again only at its polls (for what other processes append)', async () => {
      const subscription = store.subscribeToAll(START_POSITION);
      const iterator = subscription[Symbol.asyncIterator]();
      const pages = pagesReadFromFile(store);
      try {
        const first = take(iterator, 1);
        await store.append(streamId('first'), [newEvent()], 'no_stream');
        await first;
        const started = Date.now();
        const before = pages.length;
        for (let i = 0; i < 10; i += 1) {
          const next = take(iterator, 1);
          await store.append(streamId(`burst-${i}`), [newEvent()], 'no_stream');
          await next;
        }
        const polls = Math.floor((Date.now() - started) / 250) + 1;
        expect(pages.length - before).toBeLessThanOrEqual(polls);
      } finally {
        await subscription.stop();
      }
    });

    it('given another process committed between two of its commits, or after its last one, then it delivers every event in log order', async () => {
      const subscription = store.subscribeToAll(START_POSITION);
      const iterator = subscription[Symbol.asyncIterator]();
      const other = new SqliteEventStore(store.file);
      try {
        const first = take(iterator, 1);
        await store.append(streamId('mine'), [newEvent('Mine')], 'no_stream');
        await first;
        await other.append(streamId('theirs'), [newEvent('Theirs')], 'no_stream');
        const rest = take(iterator, 2);
        await store.append(streamId('mine-again'), [newEvent('MineAgain')], 'no_stream');

        expect((await rest).map((e) => e.type)).toEqual(['Theirs', 'MineAgain']);
        const late = take(iterator, 1);
        await other.append(streamId('theirs-late'), [newEvent('TheirsLate')], 'no_stream');
        expect((await late).map((e) => e.type)).toEqual(['TheirsLate']); // found by a poll
        expect((await store.readAll()).map((e) => e.type)).toEqual(['Mine', 'Theirs', 'MineAgain', 'TheirsLate']);
      } finally {
        await subscription.stop();
        await other.close();
      }
    });
  });

  it('appends made while a commit is on its way to disk, in any turn of the event loop, go together in the next one', async () => {
    const writes = jest.spyOn(SqliteAppendWriter.prototype, 'write');
    const rival = new Database(store.file);
    try {
      rival.exec('BEGIN IMMEDIATE'); // holds the write lock: the first commit waits on it
      const first = store.append(streamId('first'), [newEvent()], 'no_stream');
      await new Promise((resolve) => setImmediate(resolve));
      const next: Promise<unknown>[] = [];
      for (let i = 0; i < 5; i += 1) {
        next.push(store.append(streamId(`next-${i}`), [newEvent()], 'no_stream'));
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(writes).toHaveBeenCalledTimes(1);
      rival.exec('ROLLBACK');
      await Promise.all([first, ...next]);

      expect(writes).toHaveBeenCalledTimes(2);
      expect(writes.mock.calls[1][0]).toHaveLength(5);
    } finally {
      writes.mockRestore();
      rival.close();
    }
  });

  it('a writer thread that died is replaced: the appends after it are committed by a new one', async () => {
    await store.append(streamId('before'), [newEvent()], 'no_stream');
    const internals = store as unknown as { writer: { worker: { terminate(): Promise<number> } } };
    const dead = internals.writer;
    await dead.worker.terminate(); // as a crash of the thread would

    await expect(store.append(streamId('after'), [newEvent()], 'no_stream')).resolves.toMatchObject({ nextVersion: 1 });
    expect(internals.writer).not.toBe(dead);
    expect((await store.readAll()).length).toBe(2);
  });

  it('an append requested before close is committed by close, and one after close is refused', async () => {
    const pending = store.append(streamId('late'), [newEvent()], 'no_stream');
    const file = store.file;
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextVersion: 1 });
    await expect(store.append(streamId('later'), [newEvent()], 'no_stream')).rejects.toThrow(/closed/);
    const reopened = new SqliteEventStore(file);
    try {
      expect(await reopened.readAll()).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });

  it('a long catch-up leaves turns of the event loop to timers (and signal handlers) between batches', async () => {
    for (let i = 0; i < 5; i += 1) {
      await store.append(streamId(`long-${i}`), Array.from({ length: 1000 }, () => newEvent()), 'no_stream');
    }
    let timerFiredAt: number | null = null;
    let delivered = 0;
    setTimeout(() => (timerFiredAt = delivered), 0);
    const subscription = store.subscribeToAll(START_POSITION);
    for await (const _event of subscription) {
      delivered += 1;
      if (delivered === 5000) break;
    }
    await subscription.stop();
    expect(timerFiredAt).not.toBeNull();
    expect(timerFiredAt!).toBeLessThan(5000);
  });

  it('formats positions to a fixed width so that string order is log order', () => {
    expect(formatSqlitePosition(0)).toBe(START_POSITION);
    expect(formatSqlitePosition(9) < formatSqlitePosition(10)).toBe(true);
    expect(parseSqlitePosition(formatSqlitePosition(123456))).toBe(123456);
    expect(() => parseSqlitePosition('00000000000000000001/00000000000000000001')).toThrow(/Not a SQLite log position/);
  });
});

describe('SqliteEventStore on a file written before events were hashed', () => {
  it('adds the hash columns at open and chains the existing events, so new appends continue their chains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-events-legacy-'));
    const file = join(dir, 'events.sqlite');
    const legacy = new Database(file);
    legacy.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
      revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL,
      UNIQUE (stream_id, revision))`);
    const insert = legacy.prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const metadata = JSON.stringify(newEvent().metadata);
    insert.run('e1', 's-1', 1, 'Noted', '{"n":1}', metadata, '2026-01-01T00:00:00.000Z');
    insert.run('e2', 's-2', 1, 'Noted', '{"n":2}', metadata, '2026-01-01T00:00:00.000Z');
    insert.run('e3', 's-1', 2, 'Noted', '{"n":3}', metadata, '2026-01-01T00:00:00.000Z');
    legacy.close();

    const store = new SqliteEventStore(file);
    try {
      await store.append('s-1', [newEvent('Noted', { n: 4 })], 2);
      const events = await store.readStream('s-1');

      expect(events.map((e) => e.previousHash)).toEqual([GENESIS_HASH, events[0].hash, events[1].hash]);
      events.forEach((e) =>
        expect(e.hash).toBe(eventHash({ type: e.type, data: e.data, metadata: e.metadata, streamId: 's-1', revision: e.revision, previousHash: e.previousHash! })),
      );
      expect((await store.readStream('s-2'))[0].previousHash).toBe(GENESIS_HASH);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
