import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { LogPosition, NewEvent, RecordedEvent, START_POSITION } from '@candor/contracts';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { CheckpointedConsumer, CheckpointedSubscription, SubscriptionLog } from './checkpointed-subscription';

function numbered(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'Numbered',
    data: { n },
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}

/**
 * A consumer that keeps, in order, the numbers of the events it committed: a skipped or doubled event shows.
 * Its failures are scripted: `failTake(n)` throws once when event n is taken, `failCommits(k)` fails the next k commits.
 */
class RecordingConsumer implements CheckpointedConsumer {
  readonly committed: number[] = [];
  readonly commits: number[][] = [];
  private inHand: RecordedEvent[] = [];
  private checkpoint: LogPosition;
  private takeFailures = new Set<number>();
  private commitFailures = 0;
  takeDelayMs = 0;
  taken = 0;

  constructor(
    from: LogPosition = START_POSITION,
    readonly batchMax = 1000,
  ) {
    this.checkpoint = from;
  }

  get resumeAfter(): LogPosition {
    return this.checkpoint;
  }

  failTake(n: number): void {
    this.takeFailures.add(n);
  }

  failCommits(count: number): void {
    this.commitFailures = count;
  }

  async take(event: RecordedEvent): Promise<void> {
    if (this.takeDelayMs > 0) await new Promise((r) => setTimeout(r, this.takeDelayMs));
    const n = Number(event.data.n);
    if (this.takeFailures.delete(n)) throw new Error(`cannot take ${n}`);
    this.inHand.push(event);
    this.taken += 1;
  }

  async commit(): Promise<void> {
    if (this.commitFailures > 0) {
      this.commitFailures -= 1;
      throw new Error('store unavailable');
    }
    const batch = this.inHand.map((e) => Number(e.data.n));
    this.commits.push(batch);
    this.committed.push(...batch);
    this.checkpoint = this.inHand[this.inHand.length - 1].position;
    this.inHand = [];
  }

  discard(): void {
    this.inHand = [];
  }
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('CheckpointedSubscription', () => {
  let dir: string;
  let events: SqliteEventStore;
  let subscription: CheckpointedSubscription | null;
  let logged: { level: string; message: string; fields: Record<string, unknown> }[];
  const log: SubscriptionLog = (level, message, fields) => void logged.push({ level, message, fields });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-subscription-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'));
    logged = [];
    subscription = null;
  });
  afterEach(async () => {
    await subscription?.stop();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function append(from: number, to: number): Promise<LogPosition[]> {
    const positions: LogPosition[] = [];
    for (const n of range(from, to)) positions.push((await events.append('s', [numbered(n)], 'any')).position);
    return positions;
  }

  function run(consumer: CheckpointedConsumer, backoffMs: readonly number[] = [5, 20], stopsOn?: (error: unknown) => boolean) {
    subscription = new CheckpointedSubscription(events, consumer, { name: 'test', log, backoffMs, stopsOn });
    subscription.start();
    return subscription;
  }

  it('given a checkpoint, when started, then it takes only the events after it, then live ones, and commits them', async () => {
    const positions = await append(1, 5);
    const consumer = new RecordingConsumer(positions[1]);
    run(consumer);
    await until(() => consumer.committed.length === 3);
    await append(6, 7);
    await until(() => consumer.committed.length === 5);
    expect(consumer.committed).toEqual([3, 4, 5, 6, 7]);
    expect(consumer.resumeAfter).toBe(await events.headPosition());
  });

  it('commits a batch when it is full and what is in hand when the log is idle', async () => {
    await append(1, 7);
    const consumer = new RecordingConsumer(START_POSITION, 3);
    run(consumer);
    await until(() => consumer.committed.length === 7);
    expect(consumer.commits).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('given a failing commit, then it forgets the batch, backs off longer each time in a row, and resubscribes after the checkpoint: nothing skipped, nothing twice', async () => {
    await append(1, 3);
    const consumer = new RecordingConsumer();
    run(consumer);
    await until(() => consumer.committed.length === 3);
    consumer.failCommits(2);
    await append(4, 6);
    await until(() => consumer.committed.length === 6);
    expect(consumer.committed).toEqual(range(1, 6));
    const retries = logged.filter((l) => l.level === 'warn').map((l) => l.fields);
    expect(retries).toEqual([
      expect.objectContaining({ error: 'store unavailable', retryInMs: 5 }),
      expect.objectContaining({ error: 'store unavailable', retryInMs: 20 }),
    ]);

    // A commit that went through starts the back-off over.
    consumer.failCommits(1);
    await append(7, 7);
    await until(() => consumer.committed.length === 7);
    expect(logged.filter((l) => l.level === 'warn').map((l) => l.fields.retryInMs)).toEqual([5, 20, 5]);
  });

  it('given an event that cannot be taken, then the events before it stay taken and it is delivered again until it is', async () => {
    const consumer = new RecordingConsumer(START_POSITION, 2);
    consumer.failTake(5);
    consumer.failTake(6);
    await append(1, 10);
    run(consumer);
    await until(() => consumer.committed.length === 10);
    expect(consumer.committed).toEqual(range(1, 10));
    expect(logged.map((l) => l.fields.error)).toEqual(['cannot take 5', 'cannot take 6']);
  });

  it('given a stop mid-stream, then it commits the batch in hand, takes nothing more, and a restart resumes from the checkpoint', async () => {
    const consumer = new RecordingConsumer(START_POSITION, 1000);
    consumer.takeDelayMs = 2;
    await append(1, 40);
    const first = run(consumer);
    await until(() => consumer.taken >= 5);
    await first.stop();
    const takenAtStop = consumer.taken;
    expect(takenAtStop).toBeLessThan(40);
    expect(consumer.committed).toEqual(range(1, takenAtStop));
    await new Promise((r) => setTimeout(r, 30));
    expect(consumer.taken).toBe(takenAtStop);

    consumer.takeDelayMs = 0;
    run(consumer);
    await until(() => consumer.committed.length === 40);
    expect(consumer.committed).toEqual(range(1, 40));
  });

  it('given a stop during a back-off, then it ends at once', async () => {
    const consumer = new RecordingConsumer();
    consumer.failCommits(1);
    const running = run(consumer, [60_000]);
    await append(1, 1);
    await until(() => logged.length === 1);
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(running.running).toBe(false);
  });

  it('given an error it must stop on, then it stops for good and says so', async () => {
    class LeaseLost extends Error {}
    const consumer = new RecordingConsumer();
    consumer.commit = async () => {
      throw new LeaseLost('lease taken over');
    };
    run(consumer, [5], (error) => error instanceof LeaseLost);
    await append(1, 2);
    await until(() => logged.length === 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(logged).toEqual([{ level: 'error', message: 'test: stopping', fields: { error: 'lease taken over' } }]);
  });
});
