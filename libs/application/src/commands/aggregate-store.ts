import { randomUUID } from 'node:crypto';
import { EventMetadata, LogPosition, NewEvent, UpcasterRegistry } from '@candor/contracts';
import { CommandMetadata, Decider, DomainEvent } from '@candor/domain';
import { ConcurrencyError, EventStore } from '../ports/event-store.port';
import { SnapshotStore } from '../ports/snapshot-store.port';
import { requestContext } from '../context/request-context';
import { ProjectionProgress } from '../projections/projection-progress';
import { AggregateStateCache } from './aggregate-state-cache';
import { snapshotKey } from './snapshot-key';

export interface DecisionResult<TState, TEvent> {
  readonly state: TState;
  readonly events: readonly TEvent[];
  readonly version: number;
  readonly position: LogPosition | null;
}

export interface ExecuteOptions<TState = unknown> {
  /**
   * Checks the loaded state before deciding (existence, who may act) and throws to refuse. It runs on the
   * very state the command is decided on, on every attempt, so a check and its decision cannot drift apart.
   */
  readonly guard?: (state: TState) => void;
  /** Retries on a version conflict (reload, decide again). Only for commands that are safe to re-decide. */
  readonly retries?: number;
  /** Identity of the causing event or message, for the causation chain. */
  readonly causationId?: string;
  /** Explicit event ids (idempotent appends): the nth event gets the nth id. */
  readonly eventIds?: readonly string[];
}

const RETRY_BACKOFF_MS = [5, 20, 50, 100, 200];

export interface AggregateStoreOptions {
  /** Streams whose folded state stays in memory (0: none). */
  readonly cacheSize?: number;
  /** Where cold streams keep a snapshot; none: streams are folded from their first event. */
  readonly snapshots?: SnapshotStore | null;
  /** A snapshot is written each time a stream's version crosses a multiple of this. */
  readonly snapshotEvery?: number;
}

type Fold<TState, TEvent extends DomainEvent> = Pick<Decider<TState, unknown, TEvent>, 'initialState' | 'evolve'>;

interface Loaded<TState> {
  readonly state: TState;
  readonly version: number;
  /** True when the state came from the cache without asking the store: the append is its verification. */
  readonly unverified: boolean;
}

/**
 * The one command-handler template: load (read the stream, fold), decide, append with the version read
 * ("no stream" for a new aggregate); nothing to append means no write; retry only on a version conflict.
 * After the write it waits, bounded, until the projections have applied it (read-your-writes).
 *
 * Loading costs O(1) in the stream's length: a stream's folded state is cached by version and used as is,
 * verified by the append's expected-version check (a conflict evicts it and decides again on the store's
 * state); a cold stream starts from its latest snapshot and folds only the events after it.
 */
export class AggregateStore {
  private readonly cache: AggregateStateCache;
  private readonly snapshots: SnapshotStore | null;
  private readonly snapshotEvery: number;

  constructor(
    private readonly events: EventStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly progress: ProjectionProgress,
    private readonly readYourWritesTimeoutMs: number,
    options: AggregateStoreOptions = {},
  ) {
    this.cache = new AggregateStateCache(options.cacheSize ?? 10_000);
    this.snapshots = options.snapshots ?? null;
    this.snapshotEvery = Math.max(1, options.snapshotEvery ?? 500);
  }

  /** Drops what is held of these streams' folded state (cache and snapshots): their events changed meaning (an erasure). */
  async forget(streamIds: readonly string[]): Promise<void> {
    for (const streamId of streamIds) {
      this.cache.evict(streamId);
      await this.snapshots?.delete(streamId);
    }
  }

  /** The stream's current state, checked against the store (a cached state is brought up to date first). */
  async load<TState, TEvent extends DomainEvent>(
    streamId: string,
    decider: Fold<TState, TEvent>,
  ): Promise<{ state: TState; version: number }> {
    const cached = this.cache.get(streamId, decider);
    if (cached) {
      const { state, version } = await this.foldTail(streamId, decider, cached.state as TState, cached.version);
      return { state, version };
    }
    return this.loadFromStore(streamId, decider);
  }

  private async loadCached<TState, TEvent extends DomainEvent>(streamId: string, decider: Fold<TState, TEvent>): Promise<Loaded<TState>> {
    const cached = this.cache.get(streamId, decider);
    if (cached) return { state: cached.state as TState, version: cached.version, unverified: true };
    return { ...(await this.loadFromStore(streamId, decider)), unverified: false };
  }

  /** Latest snapshot (if any, and written by this fold) plus the events after it. */
  private async loadFromStore<TState, TEvent extends DomainEvent>(
    streamId: string,
    decider: Fold<TState, TEvent>,
  ): Promise<{ state: TState; version: number }> {
    let state = decider.initialState();
    let version = 0;
    if (this.snapshots) {
      const snapshot = await this.snapshots.read(streamId, snapshotKey(decider));
      if (snapshot) ({ state, version } = { state: snapshot.state as TState, version: snapshot.version });
    }
    return this.foldTail(streamId, decider, state, version);
  }

  private async foldTail<TState, TEvent extends DomainEvent>(
    streamId: string,
    decider: Fold<TState, TEvent>,
    from: TState,
    fromVersion: number,
  ): Promise<{ state: TState; version: number }> {
    const tail = await this.events.readStream(streamId, { fromRevision: fromVersion + 1 });
    const state = (tail as unknown as TEvent[]).reduce(decider.evolve, from);
    const version = fromVersion + tail.length;
    this.cache.set(streamId, { owner: decider, state, version });
    if (this.crossesSnapshot(fromVersion, version)) await this.saveSnapshot(streamId, decider, state, version);
    return { state, version };
  }

  async execute<TState, TCommand, TEvent extends DomainEvent>(
    streamId: string,
    decider: Decider<TState, TCommand, TEvent>,
    command: TCommand,
    options: ExecuteOptions<TState> = {},
  ): Promise<DecisionResult<TState, TEvent>> {
    const retries = options.retries ?? 3;
    for (let attempt = 0; ; ) {
      const loaded = await this.loadCached(streamId, decider);
      let { state, version } = loaded;
      let decided: TEvent[];
      try {
        options.guard?.(state);
        decided = decider.decide(command, state);
      } catch (refusal) {
        // A refusal is an answer, so it must come from the store's state, not from a cached claim about it.
        if (!loaded.unverified) throw refusal;
        ({ state, version } = await this.load(streamId, decider));
        options.guard?.(state);
        decided = decider.decide(command, state);
      }
      if (decided.length === 0 && loaded.unverified) {
        ({ state, version } = await this.load(streamId, decider));
        options.guard?.(state);
        decided = decider.decide(command, state);
      }
      if (decided.length === 0) return { state, events: [], version, position: null };
      try {
        const result = await this.events.append(
          streamId,
          decided.map((e, i) => this.toNewEvent(e, options, i)),
          version === 0 ? 'no_stream' : version,
        );
        const next = this.remember(streamId, decider, decided, state, version, result.nextVersion);
        if (this.crossesSnapshot(version, result.nextVersion)) await this.saveSnapshot(streamId, decider, next, result.nextVersion);
        await this.awaitProjections(result.position);
        return { state: next, events: decided, version: result.nextVersion, position: result.position };
      } catch (error) {
        if (error instanceof ConcurrencyError) this.cache.evict(streamId);
        if (!(error instanceof ConcurrencyError)) throw error;
        // A conflict on a cached state only says the cache was behind: reload and decide again, uncounted.
        if (loaded.unverified && state === loaded.state) continue;
        if (attempt >= retries) throw error;
        await new Promise((r) => setTimeout(r, RETRY_BACKOFF_MS[Math.min(attempt, RETRY_BACKOFF_MS.length - 1)]));
        attempt += 1;
      }
    }
  }

  /**
   * The state after an append, cached at the new version. The events are folded as the store will hand them
   * back (a JSON round trip), so a later load from the store folds to the same state. An append that stored
   * nothing new (its event ids were already stored) says nothing certain about the version: evicted.
   */
  private remember<TState, TEvent extends DomainEvent>(
    streamId: string,
    decider: Fold<TState, TEvent>,
    decided: readonly TEvent[],
    state: TState,
    version: number,
    nextVersion: number,
  ): TState {
    const stored = decided.map((e) => ({ ...e, data: JSON.parse(JSON.stringify(e.data ?? null)) }) as TEvent);
    const next = stored.reduce(decider.evolve, state);
    if (nextVersion === version + decided.length) this.cache.set(streamId, { owner: decider, state: next, version: nextVersion });
    else this.cache.evict(streamId);
    return next;
  }

  private crossesSnapshot(from: number, to: number): boolean {
    return this.snapshots !== null && Math.floor(to / this.snapshotEvery) > Math.floor(from / this.snapshotEvery);
  }

  /** A snapshot only saves work later: failing to write one must not fail the command that triggered it. */
  private async saveSnapshot(streamId: string, decider: { evolve: unknown; initialState: unknown }, state: unknown, version: number): Promise<void> {
    try {
      await this.snapshots?.write(streamId, snapshotKey(decider), { version, state });
    } catch {
      // The next crossing writes one again; until then the stream folds from its previous snapshot.
    }
  }

  /** Append already-decided events (reactions, imports) with an explicit expectation. */
  async appendDecided(
    streamId: string,
    events: readonly DomainEvent[],
    expected: Parameters<EventStore['append']>[2],
    options: ExecuteOptions = {},
  ): Promise<LogPosition> {
    const result = await this.events.append(
      streamId,
      events.map((e, i) => this.toNewEvent(e, options, i)),
      expected,
    );
    await this.awaitProjections(result.position);
    return result.position;
  }

  /** The metadata a command handler passes into its decider: time and acting user. */
  commandMetadata(): CommandMetadata {
    const ctx = requestContext.current();
    return { now: new Date().toISOString(), userId: ctx?.userId ?? undefined, correlationId: ctx?.correlationId };
  }

  private toNewEvent(event: DomainEvent, options: Pick<ExecuteOptions, 'causationId' | 'eventIds'>, index: number): NewEvent {
    const ctx = requestContext.current();
    const metadata: EventMetadata = {
      correlationId: ctx?.correlationId ?? randomUUID(),
      causationId: options.causationId ?? ctx?.requestId ?? null,
      userId: ctx?.userId ?? null,
      timestamp: new Date().toISOString(),
      schemaVersion: this.upcasters.currentVersion(event.type),
    };
    return {
      id: options.eventIds?.[index] ?? randomUUID(),
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata,
    };
  }

  private async awaitProjections(position: LogPosition): Promise<void> {
    const ctx = requestContext.current();
    const reached = await this.progress.waitFor(position, this.readYourWritesTimeoutMs);
    if (ctx) {
      if (!ctx.writtenPosition || ctx.writtenPosition < position) ctx.writtenPosition = position;
      ctx.readModelsCurrent = ctx.readModelsCurrent && reached;
    }
  }
}

export const AGGREGATE_STORE = Symbol('AGGREGATE_STORE');
