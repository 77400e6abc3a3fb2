import { comparePositions, LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore, Subscription } from '../ports/event-store.port';
import { ReadStore } from '../ports/read-store.port';
import { ALL_EVENT_TYPES, CHECKPOINTS_COLLECTION, CheckpointDocument, ProjectedDocument, Projection } from './projection';
import { ProjectionProgress } from './projection-progress';

export interface RunnerLogger {
  log(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

const CHECKPOINT_FLUSH_MS = 50;
const RESUBSCRIBE_BACKOFF_MS = [100, 500, 1000, 5000];

/**
 * Runs every projection from one subscription to the global log, strictly in order.
 * Each projection has its own checkpoint; the subscription starts at the lowest one and each
 * projection ignores what it already applied. Checkpoints are saved after applying (batched),
 * and documents carry their own position, so a crash between the two loses and doubles nothing.
 */
export class ProjectionRunner implements ProjectionProgress {
  private readonly checkpoints = new Map<string, LogPosition>();
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private dirty = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private processed: LogPosition = START_POSITION;
  private waiters: { position: LogPosition; resolve: (reached: boolean) => void }[] = [];

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly logger: RunnerLogger,
  ) {
    const names = new Set<string>();
    for (const p of projections) {
      if (names.has(p.name)) throw new Error(`Two projections named ${p.name}`);
      names.add(p.name);
    }
  }

  get names(): string[] {
    return this.projections.map((p) => p.name);
  }

  /** The position every projection has reached. */
  get position(): LogPosition {
    return this.processed;
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    await this.store.ensureIndexes(
      this.projections.flatMap((p) => (p.indexes ?? []).map((i) => ({ ...i, collection: p.collection }))),
    );
    const saved = await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).find({});
    for (const p of this.projections) {
      this.checkpoints.set(p.name, saved.find((c) => c._id === p.name)?.position ?? START_POSITION);
    }
    this.processed = this.lowestCheckpoint();
    this.logger.log('projector starting', { from: this.processed || 'start', projections: this.names });
    this.loop = this.run();
  }

  /** Stops the subscription and saves the checkpoints. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.stop();
    await this.loop;
    this.loop = null;
    await this.flushCheckpoints();
    for (const w of this.waiters.splice(0)) w.resolve(false);
  }

  /** Rebuilds one projection (or all) from position zero: drops its documents and checkpoint, then replays. */
  async rebuild(name?: string): Promise<string[]> {
    const targets = name ? this.projections.filter((p) => p.name === name) : this.projections;
    if (name && targets.length === 0) throw new Error(`Unknown projection ${name}; known: ${this.names.join(', ')}`);
    const wasRunning = this.loop !== null;
    if (wasRunning) await this.stop();
    const checkpoints = this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
    for (const p of targets) {
      await this.store.drop(p.collection);
      await checkpoints.deleteOne({ _id: p.name });
    }
    this.checkpoints.clear();
    if (wasRunning) await this.start();
    return targets.map((p) => p.name);
  }

  /** Resolves true once every projection has applied `position`, false after `timeoutMs`. */
  waitFor(position: LogPosition, timeoutMs: number): Promise<boolean> {
    if (comparePositions(this.processed, position) >= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { position, resolve: (reached: boolean) => resolve(reached) };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs).unref();
    });
  }

  /** Resolves once the runner has applied everything in the log as of now. */
  async catchUp(timeoutMs = 60_000): Promise<boolean> {
    return this.waitFor(await this.events.headPosition(), timeoutMs);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.subscription = this.events.subscribeToAll(this.processed);
      try {
        for await (const event of this.subscription) {
          await this.apply(event);
          failures = 0;
        }
      } catch (error) {
        if (this.stopping) break;
        const delay = RESUBSCRIBE_BACKOFF_MS[Math.min(failures, RESUBSCRIBE_BACKOFF_MS.length - 1)];
        failures += 1;
        this.logger.error('projection subscription failed; resubscribing', {
          error: (error as Error).message,
          retryInMs: delay,
        });
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private async apply(event: RecordedEvent): Promise<void> {
    for (const projection of this.projections) {
      const checkpoint = this.checkpoints.get(projection.name) ?? START_POSITION;
      if (comparePositions(event.position, checkpoint) <= 0) continue;
      if (projection.eventTypes.includes(event.type) || projection.eventTypes.includes(ALL_EVENT_TYPES)) await this.applyTo(projection, event);
      this.checkpoints.set(projection.name, event.position);
    }
    this.processed = event.position;
    this.scheduleFlush();
    if (this.waiters.length > 0) {
      const [reached, pending] = partition(this.waiters, (w) => comparePositions(this.processed, w.position) >= 0);
      this.waiters = pending;
      reached.forEach((w) => w.resolve(true));
    }
  }

  private async applyTo(projection: Projection, event: RecordedEvent): Promise<void> {
    const collection = this.store.collection<ProjectedDocument>(projection.collection);
    for (const id of projection.documentIds(event)) {
      const current = await collection.findOne({ _id: id });
      if (current?._position && comparePositions(current._position, event.position) >= 0) continue;
      const next = projection.evolve(current, event);
      if (next === null) {
        if (current) await collection.deleteOne({ _id: id });
      } else {
        await collection.upsert({ ...next, _id: id, _position: event.position });
      }
    }
  }

  private lowestCheckpoint(): LogPosition {
    let lowest: LogPosition | null = null;
    for (const position of this.checkpoints.values()) {
      if (lowest === null || comparePositions(position, lowest) < 0) lowest = position;
    }
    return lowest ?? START_POSITION;
  }

  private scheduleFlush(): void {
    this.dirty = true;
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flushCheckpoints().catch((error) =>
        this.logger.error('saving projection checkpoints failed', { error: (error as Error).message }),
      );
    }, CHECKPOINT_FLUSH_MS);
  }

  private async flushCheckpoints(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    if (!this.dirty) return;
    this.dirty = false;
    const updatedAt = new Date().toISOString();
    await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).bulkWrite(
      [...this.checkpoints.entries()].map(([name, position]) => ({
        replaceOne: { filter: { _id: name }, replacement: { _id: name, position, updatedAt }, upsert: true },
      })),
    );
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
