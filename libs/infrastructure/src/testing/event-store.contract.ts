import { randomUUID } from 'node:crypto';
import { comparePositions, eventHash, EventMetadata, GENESIS_HASH, NewEvent, RecordedEvent } from '@candor/contracts';
import { AppendResult, ConcurrencyError, EventStore, ExpectedVersion } from '@candor/application';

/**
 * What every EventStore adapter must do, run against each (SQLite file, EventStoreDB server). `makeStore` gives
 * an open store, fresh or shared: every test writes streams of its own and looks only at them, except the few
 * marked "quiet log", which need nobody else appending while they run; `cleanup` closes the store and removes
 * what it created (default: close).
 */
export function eventStoreContract(
  adapter: string,
  makeStore: () => Promise<EventStore>,
  cleanup?: (store: EventStore) => Promise<void>,
): void {
  describe(`EventStore contract: ${adapter}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      if (cleanup) await cleanup(store);
      else await store.close();
    });

    describe('append with an expected version', () => {
      it('no_stream creates the stream and answers its version and the position of its last event', async () => {
        const stream = streamId('create');
        const events = [newEvent('Opened'), newEvent('Noted')];

        const result = await store.append(stream, events, 'no_stream');

        const stored = await store.readStream(stream);
        expect(result.nextVersion).toBe(2);
        expect(stored.map((e) => [e.id, e.revision, e.streamId])).toEqual([
          [events[0].id, 1, stream],
          [events[1].id, 2, stream],
        ]);
        expect(result.position).toBe(stored[1].position);
        expect(comparePositions(stored[0].position, stored[1].position)).toBeLessThan(0);
      });

      it('no_stream on an existing stream is a ConcurrencyError carrying the actual version', async () => {
        const stream = streamId('exists');
        await store.append(stream, [newEvent()], 'no_stream');

        await expectConflict(store.append(stream, [newEvent()], 'no_stream'), stream, 'no_stream', 1);

        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('stream_exists fails on a missing stream, writing nothing, and passes on an existing one', async () => {
        const stream = streamId('must-exist');

        await expectConflict(store.append(stream, [newEvent()], 'stream_exists'), stream, 'stream_exists', 0);
        expect(await store.readStream(stream)).toEqual([]);

        await store.append(stream, [newEvent()], 'no_stream');
        await expect(store.append(stream, [newEvent()], 'stream_exists')).resolves.toMatchObject({ nextVersion: 2 });
      });

      it('an exact version must equal the number of events in the stream', async () => {
        const stream = streamId('exact');
        await expect(store.append(stream, [newEvent()], 0)).resolves.toMatchObject({ nextVersion: 1 });
        await store.append(stream, [newEvent()], 1);

        await expect(store.append(stream, [newEvent(), newEvent()], 2)).resolves.toMatchObject({ nextVersion: 4 });
        await expectConflict(store.append(stream, [newEvent()], 2), stream, 2, 4);
        await expectConflict(store.append(stream, [newEvent()], 7), stream, 7, 4);
        await expectConflict(store.append(stream, [newEvent()], 0), stream, 0, 4);
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([1, 2, 3, 4]);
      });

      it('any appends whatever the stream holds', async () => {
        const stream = streamId('any');

        await expect(store.append(stream, [newEvent()], 'any')).resolves.toMatchObject({ nextVersion: 1 });
        await expect(store.append(stream, [newEvent()], 'any')).resolves.toMatchObject({ nextVersion: 2 });
      });
    });

    describe('racing writers', () => {
      it.each([
        ['an exact version', 1 as ExpectedVersion],
        ['no_stream', 'no_stream' as ExpectedVersion],
      ])('10 appends racing at %s: exactly one wins, the others get a ConcurrencyError', async (_label, expected) => {
        const stream = streamId('race');
        if (expected === 1) await store.append(stream, [newEvent('Opened')], 'no_stream');
        const attempts = Array.from({ length: 10 }, (_, i) => newEvent('Claimed', { by: i }));

        const outcomes = await Promise.allSettled(attempts.map((event) => store.append(stream, [event], expected)));

        const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [attempts[i]] : []));
        const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
        const before = expected === 1 ? 1 : 0;
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(9);
        for (const error of lost) {
          expect(error).toBeInstanceOf(ConcurrencyError);
          expect(error).toMatchObject({ streamId: stream, expected, actual: before + 1 });
        }
        const stored = await store.readStream(stream);
        expect(stored).toHaveLength(before + 1);
        expect(stored[before].id).toBe(won[0].id);
      });
    });

    describe('idempotent appends (the event id is the key)', () => {
      it('re-appending stored events writes nothing and answers the same position', async () => {
        const stream = streamId('retry');
        const events = [newEvent(), newEvent()];
        const first = await store.append(stream, events, 'no_stream');

        const again = await store.append(stream, events, 'no_stream');

        expect(again).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('a late retry after the stream moved on is still a no-op answering the current version', async () => {
        const stream = streamId('late-retry');
        const events = [newEvent(), newEvent()];
        const first = await store.append(stream, events, 'no_stream');
        const later = newEvent();
        await store.append(stream, [later], 2);

        const again = await store.append(stream, events, 'no_stream');

        expect(again).toEqual({ nextVersion: 3, position: first.position });
        expect((await store.readStream(stream)).map((e) => e.id)).toEqual([...events.map((e) => e.id), later.id]);
      });

      it('a retry at the same exact version or with any is a no-op too', async () => {
        const stream = streamId('retry-exact');
        await store.append(stream, [newEvent()], 'no_stream');
        const second = newEvent();
        const written = await store.append(stream, [second], 1);

        await expect(store.append(stream, [second], 1)).resolves.toEqual(written);
        await expect(store.append(stream, [second], 'any')).resolves.toEqual(written);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('event ids need not be UUIDs and come back as given', async () => {
        const stream = streamId('ids');
        const events = [newEvent('Noted', {}, `message-${randomUUID()}:0`), newEvent('Noted', {}, 'ABCDEF00-0000-4000-8000-000000000001')];

        const first = await store.append(stream, events, 'no_stream');
        const again = await store.append(stream, events, 'no_stream');

        expect(again).toEqual(first);
        expect((await store.readStream(stream)).map((e) => e.id)).toEqual(events.map((e) => e.id));
      });
    });

    describe('hash chain', () => {
      it('every event carries the SHA-256 of its stored form chained to its stream predecessor, on every read', async () => {
        const stream = streamId('hash');
        const head = await store.headPosition();
        await store.append(stream, [newEvent('Opened', { name: 'Ada', n: 1.5, nested: { b: 2, a: [1, null] } })], 'no_stream');
        await store.append(stream, [newEvent('Noted', { text: 'naïve ✓' }), newEvent('Noted', {})], 'any');
        await store.append(stream, [newEvent('Closed')], 'stream_exists');

        const stored = await store.readStream(stream);
        const fromAll = (await store.readAll({ after: head })).filter((e) => e.streamId === stream);

        expect(stored).toHaveLength(4);
        let previous = GENESIS_HASH;
        for (const event of stored) {
          expect(event.previousHash).toBe(previous);
          expect(event.hash).toBe(
            eventHash({ type: event.type, data: event.data, metadata: event.metadata, streamId: stream, revision: event.revision, previousHash: previous }),
          );
          previous = event.hash!;
        }
        expect(fromAll.map((e) => [e.hash, e.previousHash])).toEqual(stored.map((e) => [e.hash, e.previousHash]));
        expect((await store.readStream(stream, { direction: 'backwards', maxCount: 1 }))[0].hash).toBe(stored[3].hash);
      });

      it('an idempotent retry keeps the stored hashes; another stream starts its own chain', async () => {
        const [a, b] = [streamId('hash-a'), streamId('hash-b')];
        const events = [newEvent('Noted', { n: 1 }), newEvent('Noted', { n: 1 })];
        await store.append(a, events, 'no_stream');
        const before = await store.readStream(a);

        await store.append(a, events, 'no_stream');
        await store.append(b, [newEvent('Noted', { n: 1 })], 'no_stream');

        expect(await store.readStream(a)).toEqual(before);
        expect(before[0].hash).not.toBe(before[1].hash);
        const [first] = await store.readStream(b);
        expect(first.previousHash).toBe(GENESIS_HASH);
        expect(first.hash).not.toBe(before[0].hash);
      });
    });

    describe('readStream', () => {
      it('reads forwards and backwards from an inclusive 1-based revision, at most maxCount', async () => {
        const stream = streamId('read');
        await store.append(stream, Array.from({ length: 5 }, (_, n) => newEvent('Noted', { n })), 'no_stream');
        const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
          (await store.readStream(stream, options)).map((e) => e.revision);

        expect(await revisions(undefined)).toEqual([1, 2, 3, 4, 5]);
        expect(await revisions({ fromRevision: 2, maxCount: 2 })).toEqual([2, 3]);
        expect(await revisions({ fromRevision: 4 })).toEqual([4, 5]);
        expect(await revisions({ fromRevision: 6 })).toEqual([]);
        expect(await revisions({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1]);
        expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([5]);
        expect(await revisions({ direction: 'backwards', fromRevision: 4, maxCount: 2 })).toEqual([4, 3]);
        expect((await store.readStream(stream, { fromRevision: 3, maxCount: 1 }))[0].data).toEqual({ n: 2 });
      });

      it('a stream that does not exist reads as empty', async () => {
        expect(await store.readStream(streamId('missing'))).toEqual([]);
        expect(await store.readStream(streamId('missing'), { direction: 'backwards' })).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('answers the global log order; `after` is exclusive; maxCount bounds a page', async () => {
        const [a, b] = [streamId('all-a'), streamId('all-b')];
        const head = await store.headPosition();
        const e = [newEvent(), newEvent(), newEvent(), newEvent()];
        await store.append(a, [e[0]], 'no_stream');
        await store.append(b, [e[1], e[2]], 'no_stream');
        await store.append(a, [e[3]], 1);
        const ours = (events: RecordedEvent[]) => events.filter((x) => x.streamId === a || x.streamId === b);

        const all = ours(await store.readAll({ after: head }));

        expect(all.map((x) => x.id)).toEqual(e.map((x) => x.id));
        expect(all.map((x) => x.streamId)).toEqual([a, b, b, a]);
        all.slice(1).forEach((x, i) => expect(comparePositions(all[i].position, x.position)).toBeLessThan(0));
        expect(ours(await store.readAll({ after: all[1].position })).map((x) => x.id)).toEqual([e[2].id, e[3].id]);
        // quiet log: the first two events after `head` are ours
        const page = await store.readAll({ after: head, maxCount: 2 });
        expect(page).toEqual((await store.readAll({ after: head })).slice(0, 2));
        expect(page.map((x) => x.id)).toEqual([e[0].id, e[1].id]);
      });

      it('reads backwards: newest first, strictly before `after`', async () => {
        const stream = streamId('all-back');
        const e = [newEvent(), newEvent(), newEvent(), newEvent()];
        await store.append(stream, e, 'no_stream');
        const stored = await store.readStream(stream);

        const before = await store.readAll({ direction: 'backwards', after: stored[3].position, maxCount: 2 });
        // quiet log: the newest event is ours
        const newest = await store.readAll({ direction: 'backwards', maxCount: 1 });

        expect(before.map((x) => x.id)).toEqual([e[2].id, e[1].id]);
        expect(newest.map((x) => x.id)).toEqual([e[3].id]);
      });
    });

    it('stored events keep their type, data and metadata through every read', async () => {
      const stream = streamId('roundtrip');
      const metadata: EventMetadata = {
        correlationId: randomUUID(),
        causationId: randomUUID(),
        userId: 'user-7',
        timestamp: '2024-05-06T07:08:09.123Z',
        schemaVersion: 3,
        source: 'contract',
      };
      const data = { text: 'naïve café ✓', n: 1.5, flag: false, none: null, list: [1, 'two', { three: 3 }], nested: { deep: { x: 1 } } };
      const event = newEvent('InterviewNoted', data, randomUUID(), metadata);
      const noCausation = newEvent('InterviewNoted', {}, randomUUID(), { ...metadata, causationId: null, userId: null });
      const head = await store.headPosition();

      await store.append(stream, [event, noCausation], 'no_stream');

      const [fromStream, secondFromStream] = await store.readStream(stream);
      const [fromAll] = (await store.readAll({ after: head })).filter((x) => x.streamId === stream);
      const subscription = store.subscribeToAll(head);
      const [fromSubscription] = await take(subscription[Symbol.asyncIterator](), 1, (x) => x.streamId === stream);
      await subscription.stop();
      for (const copy of [fromStream, fromAll, fromSubscription]) {
        expect(copy).toEqual({
          ...event,
          streamId: stream,
          revision: 1,
          position: fromStream.position,
          recordedAt: fromStream.recordedAt,
          hash: fromStream.hash,
          previousHash: GENESIS_HASH,
        });
      }
      expect(secondFromStream.metadata).toEqual(noCausation.metadata);
      expect(new Date(fromStream.recordedAt).toISOString()).toBe(fromStream.recordedAt);
    });

    // quiet log
    it('headPosition is the position of the last event appended', async () => {
      const first = await store.append(streamId('head'), [newEvent()], 'no_stream');
      expect(await store.headPosition()).toBe(first.position);

      const second = await store.append(streamId('head'), [newEvent(), newEvent()], 'no_stream');

      expect(await store.headPosition()).toBe(second.position);
      expect(comparePositions(first.position, second.position)).toBeLessThan(0);
    });

    describe('subscribeToAll', () => {
      it('catches up, then goes live, with no gap and no duplicate across the switch (appends while catching up)', async () => {
        const streams = [streamId('sub-a'), streamId('sub-b'), streamId('sub-c')];
        const ours = (e: RecordedEvent) => streams.includes(e.streamId);
        const head = await store.headPosition();
        const expected: string[] = [];
        // More than one read batch of the embedded adapter, so catch-up crosses batch boundaries.
        for (const stream of streams) {
          const batch = Array.from({ length: 400 }, (_, n) => newEvent('Noted', { n }));
          await store.append(stream, batch, 'no_stream');
          expected.push(...batch.map((e) => e.id));
        }
        const subscription = store.subscribeToAll(head);
        const events = subscription[Symbol.asyncIterator]();

        const received = await take(events, 1, ours);
        const duringCatchUp = Array.from({ length: 5 }, () => newEvent());
        await store.append(streams[0], duringCatchUp, 400);
        expected.push(...duringCatchUp.map((e) => e.id));
        received.push(...(await take(events, 1204, ours)));
        const live = take(events, 5, ours);
        await sleep(100);
        const afterCatchUp = Array.from({ length: 5 }, () => newEvent());
        await store.append(streams[1], afterCatchUp, 400);
        expected.push(...afterCatchUp.map((e) => e.id));
        received.push(...(await live));
        await subscription.stop();

        expect(received.map((e) => e.id)).toEqual(expected);
        received.slice(1).forEach((e, i) => expect(comparePositions(received[i].position, e.position)).toBeLessThan(0));
      });

      it('resumes strictly after a checkpoint position', async () => {
        const stream = streamId('resume');
        const events = [newEvent(), newEvent(), newEvent()];
        await store.append(stream, events, 'no_stream');
        const [checkpoint] = await store.readStream(stream);

        const subscription = store.subscribeToAll(checkpoint.position);
        const received = await take(subscription[Symbol.asyncIterator](), 2, (e) => e.streamId === stream);
        await subscription.stop();

        expect(received.map((e) => e.id)).toEqual([events[1].id, events[2].id]);
      });

      it('stop() ends a running for-await loop and resolves a pending next() as done', async () => {
        const stream = streamId('stop');
        const head = await store.headPosition();
        const subscription = store.subscribeToAll(head);
        const seen: string[] = [];
        const loop = (async () => {
          for await (const event of subscription) if (event.streamId === stream) seen.push(event.id);
        })();
        const event = newEvent();
        await store.append(stream, [event], 'no_stream');
        await waitUntil(() => seen.length === 1, 5_000);

        await subscription.stop();

        await expect(within(loop, 2_000, 'the for-await loop to end after stop()')).resolves.toBeUndefined();
        expect(seen).toEqual([event.id]);

        const idle = store.subscribeToAll(await store.headPosition());
        const pending = idle[Symbol.asyncIterator]().next();
        await sleep(100);
        await idle.stop();
        await expect(within(pending, 2_000, 'the pending next() to settle after stop()')).resolves.toEqual({ done: true, value: undefined });
      });
    });
  });
}

export function streamId(label: string): string {
  return `contract_${label}-${randomUUID()}`;
}

export function newEvent(
  type = 'Noted',
  data: Record<string, unknown> = {},
  id: string = randomUUID(),
  metadata?: EventMetadata,
): NewEvent {
  return {
    id,
    type,
    data,
    metadata: metadata ?? {
      correlationId: randomUUID(),
      causationId: null,
      userId: null,
      timestamp: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

async function expectConflict(
  attempt: Promise<AppendResult>,
  stream: string,
  expected: ExpectedVersion,
  actual: number,
): Promise<void> {
  const error = await attempt.then(
    () => {
      throw new Error(`append to ${stream} at ${String(expected)} should have failed`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject({ name: 'ConcurrencyError', streamId: stream, expected, actual });
}

/** The next `count` events passing `keep` (others on a shared log are skipped), failing after a bound. */
async function take(
  iterator: AsyncIterator<RecordedEvent>,
  count: number,
  keep: (event: RecordedEvent) => boolean,
  timeoutMs = 10_000,
): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  const collect = async () => {
    while (taken.length < count) {
      const next = await iterator.next();
      if (next.done) throw new Error(`subscription ended after ${taken.length} of ${count} events`);
      if (keep(next.value)) taken.push(next.value);
    }
    return taken;
  };
  return within(collect(), timeoutMs, `${count} events from the subscription (got ${taken.length})`);
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitUntil(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await sleep(10);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
