import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { LogPosition, NewEvent, RecordedEvent } from '@candor/contracts';
import { EventStore, Subscription } from '@candor/application';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { LiveEventFeed } from './live-event-feed';

function event(type: string, data: Record<string, unknown> = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const silent = { entry: () => undefined };

describe('LiveEventFeed', () => {
  let dir: string;
  let store: SqliteEventStore;
  let feed: LiveEventFeed;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-feed-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
  });

  afterEach(async () => {
    await feed?.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given events stored before the start, then only events appended after it are relayed', async () => {
    await store.append('interview-a', [event('Old')], 'no_stream');
    feed = new LiveEventFeed(store, silent);
    const seen: string[] = [];
    feed.listen('interview-a', (e) => void seen.push(e.type));
    await feed.start();

    await store.append('interview-a', [event('New1'), event('New2')], 1);
    await until(() => seen.length === 2);
    expect(seen).toEqual(['New1', 'New2']);
  });

  it('fans out by stream: a listener hears only its stream; listenAll hears everything, in log order', async () => {
    feed = new LiveEventFeed(store, silent);
    await feed.start();
    const a: string[] = [];
    const b: string[] = [];
    const all: string[] = [];
    feed.listen('s-a', (e) => void a.push(e.type));
    feed.listen('s-b', (e) => void b.push(e.type));
    feed.listenAll((e) => void all.push(`${e.streamId}:${e.type}`));

    await store.append('s-a', [event('A1')], 'any');
    await store.append('s-b', [event('B1')], 'any');
    await store.append('s-a', [event('A2')], 'any');
    await until(() => all.length === 3);
    expect(a).toEqual(['A1', 'A2']);
    expect(b).toEqual(['B1']);
    expect(all).toEqual(['s-a:A1', 's-b:B1', 's-a:A2']);
  });

  it('after unsubscribing, a listener hears nothing more', async () => {
    feed = new LiveEventFeed(store, silent);
    await feed.start();
    const seen: string[] = [];
    const stop = feed.listen('s', (e) => void seen.push(e.type));
    const all: string[] = [];
    feed.listenAll((e) => void all.push(e.type));
    await store.append('s', [event('One')], 'any');
    await until(() => seen.length === 1);
    stop();
    await store.append('s', [event('Two')], 'any');
    await until(() => all.length === 2);
    expect(seen).toEqual(['One']);
  });

  it('a failing listener is logged and the others still hear the event, and later ones too', async () => {
    const logged: string[] = [];
    feed = new LiveEventFeed(store, { entry: (_level, msg) => void logged.push(msg) });
    await feed.start();
    feed.listen('s', () => {
      throw new Error('boom');
    });
    const seen: string[] = [];
    feed.listen('s', async (e) => void seen.push(e.type));
    await store.append('s', [event('One'), event('Two')], 'any');
    await until(() => seen.length === 2);
    expect(logged).toContain('live event listener failed');
  });

  it('when the subscription fails, it resubscribes after the last relayed event: nothing lost, nothing twice', async () => {
    const flaky = new FlakyStore(store);
    feed = new LiveEventFeed(flaky, silent);
    await feed.start();
    const seen: string[] = [];
    feed.listenAll((e) => void seen.push(e.type));

    await store.append('s', [event('One')], 'any');
    await until(() => seen.length === 1);
    flaky.failNext();
    await store.append('s', [event('Two'), event('Three')], 'any');
    await until(() => seen.length === 3);
    expect(seen).toEqual(['One', 'Two', 'Three']);
    expect(flaky.subscriptions).toBeGreaterThanOrEqual(2);
    expect(feed.position).toBe((await store.headPosition()));
  });
});

/** Wraps a store so that one subscription throws at its next event (as a dropped connection would). */
class FlakyStore implements EventStore {
  subscriptions = 0;
  private failing = false;

  constructor(private readonly inner: EventStore) {}

  failNext(): void {
    this.failing = true;
  }

  subscribeToAll(after: LogPosition): Subscription {
    this.subscriptions++;
    const inner = this.inner.subscribeToAll(after);
    const self = this;
    return {
      stop: () => inner.stop(),
      async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
        for await (const e of inner) {
          if (self.failing) {
            self.failing = false;
            await inner.stop();
            throw new Error('connection lost');
          }
          yield e;
        }
      },
    };
  }

  append: EventStore['append'] = (...args) => this.inner.append(...args);
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  health: EventStore['health'] = () => this.inner.health();
  close: EventStore['close'] = () => this.inner.close();
}
