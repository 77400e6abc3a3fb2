import { comparePositions, LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore } from '../ports/event-store.port';
import { ReadStore, WriteGuardError } from '../ports/read-store.port';
import { ALL_EVENT_TYPES, CHECKPOINTS_COLLECTION, CheckpointDocument, ProjectedDocument, Projection } from './projection';
import { ProjectionProgress } from './projection-progress';
import { ProjectorLease } from './projector-lease';
import { CheckpointedSubscription } from '../subscriptions/checkpointed-subscription';

export interface RunnerLogger {
  log(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** The runner of this process (embedded mode), or null when the projector runs as its own process. */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');

const BATCH_MAX_EVENTS = 1000;
/** While a rebuild catches up (no reader waits on each batch), batches this large: fewer commits, fewer re-reads. */
const REBUILD_BATCH_MAX_EVENTS = 20_000;
/** Past this many documents, a rebuilt collection stops remembering which ids it wrote and reads as usual. */
const FRESH_IDS_MAX = 2_000_000;

export interface ProjectionRunnerOptions {
  /** One projector at a time: without it (tests, a private store) nothing stops a second runner. */
  readonly lease?: ProjectorLease | null;
  /** How long start() waits for a lease another runner holds before refusing (LeaseHeldError). */
  readonly leaseWaitMs?: number;
  readonly batchMaxEvents?: number;
  /** Batch size while a rebuild catches up (default REBUILD_BATCH_MAX_EVENTS). */
  readonly rebuildBatchMaxEvents?: number;
}

/** The documents and checkpoints a batch of events changed, written to the store together. */
class UnitOfWork {
  readonly docs = new Map<string, Map<string, ProjectedDocument | null>>();
  events = 0;
  position: LogPosition = START_POSITION;

  get(collection: string, id: string): ProjectedDocument | null | undefined {
    return this.docs.get(collection)?.get(id);
  }

  set(collection: string, id: string, doc: ProjectedDocument | null): void {
    let byId = this.docs.get(collection);
    if (!byId) this.docs.set(collection, (byId = new Map()));
    byId.set(id, doc);
  }
}

/**
 * Runs every projection from one checkpointed subscription to the global log, strictly in order.
 * Each projection has its own checkpoint; the subscription starts at the lowest one and each projection
 * ignores what it already applied. Events are applied in batches (up to BATCH_MAX_EVENTS, or what the log
 * holds right now; the subscription decides when); a batch's documents and every checkpoint it moved are
 * written in one `writeBatch`:
 * atomic stores (SQLite, MongoDB on a replica set) apply exactly once; the others write the checkpoints
 * last, so a crash replays (documents carry their position and skip what they reflect), never skips.
 * With a lease, only its holder writes: each batch is guarded by it and it is renewed while running.
 */
export class ProjectionRunner implements ProjectionProgress {
  /** Applied (in memory, possibly not yet written) per projection. */
  private checkpoints = new Map<string, LogPosition>();
  /** Written to the store per projection. */
  private committed = new Map<string, LogPosition>();
  private unit = new UnitOfWork();
  private readonly feed: CheckpointedSubscription;
  private renewTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private processed: LogPosition = START_POSITION;
  private waiters: { position: LogPosition; resolve: (reached: boolean) => void }[] = [];
  private readonly lease: ProjectorLease | null;
  /**
   * Collections dropped by a rebuild: the ids written since (applied, maybe not yet committed). Any other id is
   * known absent from the store, so it is not read. Absent for a collection that may hold anything.
   */
  private fresh = new Map<string, Set<string>>();
  private readonly handlers = new Map<string, readonly Projection[]>();
  /** Until the rebuild's first idle moment: larger batches. */
  private rebuilding = false;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly logger: RunnerLogger,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    const names = new Set<string>();
    for (const p of projections) {
      if (names.has(p.name)) throw new Error(`Two projections named ${p.name}`);
      names.add(p.name);
    }
    this.lease = options.lease ?? null;
    const runner = this;
    this.feed = new CheckpointedSubscription(
      events,
      {
        get resumeAfter() {
          return runner.processed;
        },
        get batchMax() {
          return runner.batchMax();
        },
        take: (event) => {
          const reading = this.load(event);
          if (!reading) return this.apply(event);
          return reading.then(() => this.apply(event));
        },
        commit: () => this.commit(),
        // What was applied but not written is forgotten: the next subscription starts after the last write.
        // (Ids remembered as written stay: reading one that was not committed only finds nothing.)
        discard: () => {
          this.unit = new UnitOfWork();
          this.checkpoints = new Map(this.committed);
        },
        caughtUp: () => {
          this.rebuilding = false;
        },
      },
      {
        name: 'projector',
        log: (_level, message, context) => this.logger.error(message, context),
        // Another runner holds the lease now: writing on would race it.
        stopsOn: (error) => error instanceof WriteGuardError,
      },
    );
  }

  get names(): string[] {
    return this.projections.map((p) => p.name);
  }

  /** The position every projection has reached and written to the read store. */
  get position(): LogPosition {
    return this.processed;
  }

  /** Starts projecting; with a lease, first waits for it (up to `leaseWaitMs`, then LeaseHeldError). */
  async start(): Promise<void> {
    if (this.feed.running) return;
    this.stopping = false;
    if (this.lease) {
      await this.lease.acquire(this.options.leaseWaitMs ?? 0);
      this.keepLease(this.lease);
    }
    try {
      await this.store.ensureIndexes(
        this.projections.flatMap((p) => (p.indexes ?? []).map((i) => ({ ...i, collection: p.collection }))),
      );
      // Opening each collection creates it where a store needs that (SQLite tables): outside readers find them all.
      for (const p of this.projections) this.store.collection(p.collection);
      await this.loadCheckpoints();
    } catch (error) {
      await this.releaseLease();
      throw error;
    }
    // What a rebuild dropped is known empty only if nothing was projected into it since (no checkpoint).
    for (const p of this.projections) {
      if (this.fresh.has(p.collection) && this.committed.get(p.name) !== START_POSITION) this.fresh.delete(p.collection);
    }
    this.logger.log('projector starting', { from: this.processed || 'start', projections: this.names });
    this.feed.start();
  }

  /** Stops the subscription after writing the batch in hand, then releases the lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.rebuilding = false;
    await this.feed.stop();
    await this.releaseLease();
    for (const w of this.waiters.splice(0)) w.resolve(false);
  }

  /**
   * Rebuilds one projection (or all) from position zero: drops its documents and checkpoint, then replays.
   * It holds the lease while dropping, so it refuses while another runner is live.
   */
  async rebuild(name?: string): Promise<string[]> {
    const targets = name ? this.projections.filter((p) => p.name === name) : this.projections;
    if (name && targets.length === 0) throw new Error(`Unknown projection ${name}; known: ${this.names.join(', ')}`);
    const wasRunning = this.feed.running;
    if (wasRunning) await this.stop();
    if (this.lease) await this.lease.acquire(0);
    try {
      const checkpoints = this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
      for (const p of targets) {
        await this.store.drop(p.collection);
        await checkpoints.deleteOne({ _id: p.name });
        this.fresh.set(p.collection, new Set());
      }
      this.rebuilding = true;
    } finally {
      if (!wasRunning) await this.releaseLease();
    }
    this.checkpoints.clear();
    if (wasRunning) await this.start();
    return targets.map((p) => p.name);
  }

  /** Resolves true once every projection has applied `position`, false after `timeoutMs`. */
  waitFor(position: LogPosition, timeoutMs: number): Promise<boolean> {
    if (comparePositions(this.processed, position) >= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      // Reached, the waiter's timer goes with it: one pending timer per command in flight, not per command of the last timeoutMs.
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs).unref();
      const waiter = {
        position,
        resolve: (reached: boolean) => {
          clearTimeout(timer);
          resolve(reached);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Resolves once the runner has applied everything in the log as of now. */
  async catchUp(timeoutMs = 60_000): Promise<boolean> {
    return this.waitFor(await this.events.headPosition(), timeoutMs);
  }

  private async loadCheckpoints(): Promise<void> {
    const saved = await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).find({});
    this.committed = new Map(this.projections.map((p) => [p.name, saved.find((c) => c._id === p.name)?.position ?? START_POSITION]));
    this.checkpoints = new Map(this.committed);
    this.processed = this.lowestCheckpoint();
  }

  private batchMax(): number {
    const live = this.options.batchMaxEvents ?? BATCH_MAX_EVENTS;
    return this.rebuilding ? Math.max(live, this.options.rebuildBatchMaxEvents ?? REBUILD_BATCH_MAX_EVENTS) : live;
  }

  /**
   * The documents the event touches, from the batch in hand or else from the store: null when none has to be read
   * (the batch holds them, or a rebuild knows they do not exist yet), so most events cost no promise.
   */
  private load(event: RecordedEvent): Promise<void> | null {
    let missing: [collection: string, id: string][] | null = null;
    for (const projection of this.handlersOf(event.type)) {
      const checkpoint = this.checkpoints.get(projection.name) ?? START_POSITION;
      if (comparePositions(event.position, checkpoint) <= 0) continue;
      const fresh = this.fresh.get(projection.collection);
      for (const id of projection.documentIds(event)) {
        if (this.unit.get(projection.collection, id) !== undefined) continue;
        if (fresh && !fresh.has(id)) {
          this.unit.set(projection.collection, id, null);
          continue;
        }
        (missing ??= []).push([projection.collection, id]);
      }
    }
    return missing ? this.read(missing) : null;
  }

  private async read(missing: readonly [collection: string, id: string][]): Promise<void> {
    for (const [collection, id] of missing) {
      if (this.unit.get(collection, id) !== undefined) continue;
      const stored = await this.store.collection<ProjectedDocument>(collection).findOne({ _id: id });
      this.unit.set(collection, id, stored);
    }
  }

  private apply(event: RecordedEvent): void {
    for (const projection of this.handlersOf(event.type)) {
      const checkpoint = this.checkpoints.get(projection.name) ?? START_POSITION;
      if (comparePositions(event.position, checkpoint) > 0) this.applyTo(projection, event);
    }
    for (const projection of this.projections) {
      const checkpoint = this.checkpoints.get(projection.name) ?? START_POSITION;
      if (comparePositions(event.position, checkpoint) > 0) this.checkpoints.set(projection.name, event.position);
    }
    this.unit.events += 1;
    this.unit.position = event.position;
  }

  /** The projections that take events of this type, in their order (computed once per type). */
  private handlersOf(type: string): readonly Projection[] {
    let handlers = this.handlers.get(type);
    if (!handlers) {
      handlers = this.projections.filter((p) => handles(p, type));
      this.handlers.set(type, handlers);
    }
    return handlers;
  }

  private applyTo(projection: Projection, event: RecordedEvent): void {
    const fresh = this.fresh.get(projection.collection);
    for (const id of projection.documentIds(event)) {
      const current = this.unit.get(projection.collection, id) ?? null;
      if (current?._position && comparePositions(current._position, event.position) >= 0) continue;
      const next = projection.evolve(current, event);
      this.unit.set(projection.collection, id, next === null ? null : stamp(next, id, event.position));
      if (fresh && next !== null) {
        fresh.add(id);
        if (fresh.size > FRESH_IDS_MAX) this.fresh.delete(projection.collection);
      }
    }
  }

  /** Writes the batch in hand (documents, then the checkpoints it moved) and wakes who waited for it. */
  private async commit(): Promise<void> {
    const unit = this.unit;
    if (unit.events === 0) return;
    const updatedAt = new Date().toISOString();
    const moved = [...this.checkpoints.entries()].filter(([name, position]) => this.committed.get(name) !== position);
    await this.store.writeBatch({
      writes: [
        ...[...unit.docs.entries()].map(([collection, byId]) => ({
          collection,
          operations: [...byId.entries()].map(([id, doc]) =>
            doc === null
              ? { deleteOne: { filter: { _id: id } } }
              : { replaceOne: { filter: { _id: id }, replacement: doc as unknown as Record<string, unknown>, upsert: true } },
          ),
        })),
        {
          collection: CHECKPOINTS_COLLECTION,
          operations: moved.map(([name, position]) => ({
            replaceOne: { filter: { _id: name }, replacement: { _id: name, position, updatedAt }, upsert: true },
          })),
        },
      ],
      guard: this.lease?.guard,
    });
    for (const [name, position] of moved) this.committed.set(name, position);
    this.unit = new UnitOfWork();
    this.processed = unit.position;
    if (this.waiters.length > 0) {
      const [reached, pending] = partition(this.waiters, (w) => comparePositions(this.processed, w.position) >= 0);
      this.waiters = pending;
      reached.forEach((w) => w.resolve(true));
    }
  }

  private lowestCheckpoint(): LogPosition {
    let lowest: LogPosition | null = null;
    for (const position of this.checkpoints.values()) {
      if (lowest === null || comparePositions(position, lowest) < 0) lowest = position;
    }
    return lowest ?? START_POSITION;
  }

  private keepLease(lease: ProjectorLease): void {
    this.renewTimer = setInterval(() => {
      lease.renew().then(
        (held) => {
          if (held || this.stopping) return;
          this.logger.error('projector lost its lease; stopping', { owner: lease.owner });
          void this.stop();
        },
        (error) => this.logger.error('renewing the projector lease failed', { error: (error as Error).message }),
      );
    }, lease.ttlMs / 3);
    this.renewTimer.unref();
  }

  private async releaseLease(): Promise<void> {
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
    await this.lease?.release().catch((error) =>
      this.logger.error('releasing the projector lease failed', { error: (error as Error).message }),
    );
  }
}

/**
 * The document with its id and position: set in place on what evolve returned when that is a plain object
 * of this batch (evolve returns a new object, or the current one, which the batch owns); otherwise a copy.
 */
function stamp(doc: ProjectedDocument, id: string, position: LogPosition): ProjectedDocument {
  // (an object already carrying another id may be shared between documents: that one is copied)
  if (Object.isExtensible(doc) && !Object.isFrozen(doc) && (doc._id === undefined || doc._id === id)) {
    const writable = doc as { _id: string; _position?: LogPosition };
    writable._id = id;
    writable._position = position;
    return doc;
  }
  return { ...doc, _id: id, _position: position };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Whether the projection takes events of this type (`'*'` takes every type). */
function handles(projection: Projection, type: string): boolean {
  return projection.eventTypes.includes(type) || projection.eventTypes.includes(ALL_EVENT_TYPES);
}
