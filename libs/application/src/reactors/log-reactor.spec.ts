import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { NewEvent, RecordedEvent } from '@candor/contracts';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { CHECKPOINTS_COLLECTION, CheckpointDocument } from '../projections/projection';
import { LogReactor } from './log-reactor';

function numbered(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'Numbered',
    data: { n },
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('LogReactor', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: MemoryReadStore;
  const silent = { entry: () => undefined };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-reactor-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'));
    store = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reacts in log order, retries a failing reaction before going on, and resumes after its saved checkpoint', async () => {
    const reacted: number[] = [];
    let failuresLeft = 1;
    const react = async (event: RecordedEvent) => {
      const n = Number(event.data.n);
      if (n === 2 && failuresLeft-- > 0) throw new Error('queue full');
      reacted.push(n);
    };
    const first = new LogReactor('reactor:test', events, store, react, silent);
    await events.append('s', [numbered(1), numbered(2), numbered(3)], 'any');
    await first.start();
    await until(() => reacted.length === 3);
    await first.stop();
    expect(reacted).toEqual([1, 2, 3]);
    const saved = await store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).findOne({ _id: 'reactor:test' });
    expect(saved?.position).toBe(await events.headPosition());

    await events.append('s', [numbered(4)], 'any');
    const second = new LogReactor('reactor:test', events, store, react, silent);
    await second.start();
    await until(() => reacted.length === 4);
    await second.stop();
    expect(reacted).toEqual([1, 2, 3, 4]);
  });
});
