import { comparePositions, LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore } from '../ports/event-store.port';
import { IndexSpec, ReadCollection, ReadStore, WriteGuardError } from '../ports/read-store.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument, LOCKSTEP_CHECKPOINT_ID, ProjectedDocument, Projection } from './projection';
import { readEffectiveCheckpoints } from './effective-checkpoints';
import { ProjectionRoutes, stamp, UnitOfWork } from './projection-batch';
import { ProjectionReplay } from './projection-replay';
import { ProjectionProgress } from './projection-progress';
import { ProjectorLease } from './projector-lease';
import { CheckpointedSubscription } from '../subscriptions/checkpointed-subscription';
import { WrittenDocuments } from './written-documents';

export interface RunnerLogger {
  log(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** The runner of this process (embedded mode), or null when the projector runs as its own process. */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');

const BATCH_MAX_EVENTS = 1000;
/** Documents kept as last written, so the next batches need not read them back (see WrittenDocuments). */
const WRITTEN_DOCUMENTS_MAX = 2000;

export interface ProjectionRunnerOptions {
  /** One projector at a time: without it (tests, a private store) nothing stops a second runner. */
  readonly lease?: ProjectorLease | null;
  /** How long start() waits for a lease another runner holds before refusing (LeaseHeldError). */
  readonly leaseWaitMs?: number;
  readonly batchMaxEvents?: number;
  /** Batch size of the replay that catches up never-projected projections (default REPLAY_BATCH_MAX_EVENTS). */
  readonly replayBatchMaxEvents?: number;
  /** How many documents are kept as last written (default WRITTEN_DOCUMENTS_MAX; 0 reads every one back). */
  readonly writtenDocumentsMax?: number;
}

/**
 * Runs every projection from one checkpointed subscription to the global log, strictly in order.
 * Each projection has its own checkpoint; the subscription starts at the lowest one and each projection
 * ignores what it already applied. Events are applied in batches (up to BATCH_MAX_EVENTS, or what the log
 * holds right now; the subscription decides when); a batch's documents and every checkpoint it moved are
 * written in one `writeBatch`. Once every projection has applied the batch (the steady state: they move in
 * lockstep) that is one row, the lockstep row naming them all as members, instead of one row per projection;
 * projections still catching up (after a start with different checkpoints, a new one) write their own rows.
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
  private readonly written: WrittenDocuments;
  private readonly feed: CheckpointedSubscription;
  private renewTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private processed: LogPosition = START_POSITION;
  private waiters: { position: LogPosition; resolve: (reached: boolean) => void }[] = [];
  private readonly lease: ProjectorLease | null;
  private readonly routes: ProjectionRoutes;

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
      if (p.name === LOCKSTEP_CHECKPOINT_ID) throw new Error(`${LOCKSTEP_CHECKPOINT_ID} is the lockstep checkpoint's row, not a projection name`);
      names.add(p.name);
    }
    this.lease = options.lease ?? null;
    this.routes = new ProjectionRoutes(projections);
    this.written = new WrittenDocuments(options.writtenDocumentsMax ?? WRITTEN_DOCUMENTS_MAX);
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
        // What was applied but not written is forgotten: the next subscription starts after the last write, and
        // reads back every document (the failed write may have stored part of the batch).
        discard: () => {
          this.unit = new UnitOfWork();
          this.checkpoints = new Map(this.committed);
          this.written.clear();
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
      await this.store.ensureIndexes(indexesOf(this.projections));
      // Opening each collection creates it where a store needs that (SQLite tables): outside readers find them all.
      for (const p of this.projections) this.store.collection(p.collection);
      await this.loadCheckpoints();
      await this.replayNeverProjected();
    } catch (error) {
      await this.releaseLease();
      throw error;
    }
    if (this.stopping) return; // stopped while replaying (stop() gave the lease up)
    this.logger.log('projector starting', { from: this.processed || 'start', projections: this.names });
    this.feed.start();
  }

  /** Stops the subscription after writing the batch in hand, then releases the lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.feed.stop();
    this.written.clear();
    await this.releaseLease();
    for (const w of this.waiters.splice(0)) w.resolve(false);
  }

  /**
   * Rebuilds one projection (or all) from position zero: drops its checkpoint and then its documents; the runner's
   * start (at once when it was running) then replays the log into it. The checkpoint goes first (its name out of
   * the lockstep row's members, then its own row), so a crash in between can only make it replay, never skip.
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
      await this.leaveLockstep(checkpoints, new Set(targets.map((p) => p.name)));
      for (const p of targets) await checkpoints.deleteOne({ _id: p.name });
      for (const p of targets) await this.store.drop(p.collection);
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

  /**
   * The lockstep row without `leaving` (deleted when no member is left): the others keep their position from it,
   * those leaving fall back to their own rows.
   */
  private async leaveLockstep(checkpoints: ReadCollection<CheckpointDocument>, leaving: ReadonlySet<string>): Promise<void> {
    const lockstep = await checkpoints.findOne({ _id: LOCKSTEP_CHECKPOINT_ID });
    if (!lockstep) return;
    const members = (lockstep.members ?? []).filter((m) => !leaving.has(m));
    if (members.length === 0) await checkpoints.deleteOne({ _id: LOCKSTEP_CHECKPOINT_ID });
    else await checkpoints.upsert({ ...lockstep, members, updatedAt: new Date().toISOString() });
  }

  private async loadCheckpoints(): Promise<void> {
    const saved = await readEffectiveCheckpoints(this.store);
    this.committed = new Map(this.projections.map((p) => [p.name, saved.get(p.name) ?? START_POSITION]));
    this.checkpoints = new Map(this.committed);
    this.processed = this.lowestCheckpoint();
    // What the store holds now is read from it (a replay or another runner may have written since).
    this.written.clear();
  }

  /**
   * Projections that have never written a checkpoint (a new store, a new projection, a rebuild) catch up by a
   * replay of the log in pages and large batches (ProjectionReplay) instead of event by event through the
   * subscription, which then goes on from their new checkpoints. A failed replay only leaves that to the
   * subscription (from what the replay wrote, retrying as it does).
   */
  private async replayNeverProjected(): Promise<void> {
    const never = this.projections.filter((p) => this.committed.get(p.name) === START_POSITION);
    if (never.length === 0) return;
    try {
      await new ProjectionReplay(this.events, this.store, never, {
        batchMaxEvents: this.options.replayBatchMaxEvents,
        guard: this.lease?.guard,
        stopped: () => this.stopping,
      }).run();
    } catch (error) {
      if (!this.stopping) this.logger.error('replaying projections failed; the subscription takes over', { error: (error as Error).message });
    }
    await this.loadCheckpoints();
  }

  private batchMax(): number {
    return this.options.batchMaxEvents ?? BATCH_MAX_EVENTS;
  }

  /**
   * The documents the event touches into the batch in hand, from the documents last written or else from the
   * store: null when no read is needed.
   */
  private load(event: RecordedEvent): Promise<void> | null {
    let missing: [collection: string, id: string][] | null = null;
    for (const projection of this.routes.of(event.type)) {
      const checkpoint = this.checkpoints.get(projection.name) ?? START_POSITION;
      if (comparePositions(event.position, checkpoint) <= 0) continue;
      for (const id of projection.documentIds(event)) {
        if (this.unit.get(projection.collection, id) !== undefined) continue;
        const written = this.written.get(projection.collection, id);
        if (written !== undefined) this.unit.set(projection.collection, id, written);
        else (missing ??= []).push([projection.collection, id]);
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
    for (const projection of this.routes.of(event.type)) {
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

  private applyTo(projection: Projection, event: RecordedEvent): void {
    for (const id of projection.documentIds(event)) {
      const current = this.unit.get(projection.collection, id) ?? null;
      if (current?._position && comparePositions(current._position, event.position) >= 0) continue;
      const next = projection.evolve(current, event);
      this.unit.set(projection.collection, id, next === null ? null : stamp(next, id, event.position));
    }
  }

  /**
   * Writes the batch in hand (documents, then the checkpoints it moved: the lockstep row when every projection has
   * applied the whole batch, otherwise their own rows) and wakes who waited for it.
   */
  private async commit(): Promise<void> {
    const unit = this.unit;
    if (unit.events === 0) return;
    const updatedAt = new Date().toISOString();
    const lockstep = [...this.checkpoints.values()].every((position) => position === unit.position);
    const moved = lockstep ? [] : [...this.checkpoints.entries()].filter(([name, position]) => this.committed.get(name) !== position);
    const writes = lockstep ? unit.writes([], updatedAt, this.names) : unit.writes(moved, updatedAt);
    await this.store.writeBatch({ writes, guard: this.lease?.guard });
    for (const [name, position] of lockstep ? this.checkpoints : moved) this.committed.set(name, position);
    this.written.remember(unit);
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

function indexesOf(projections: readonly Projection[]): IndexSpec[] {
  return projections.flatMap((p) => (p.indexes ?? []).map((i) => ({ ...i, collection: p.collection })));
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
