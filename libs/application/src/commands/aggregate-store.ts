import { randomUUID } from 'node:crypto';
import { EventMetadata, LogPosition, NewEvent, UpcasterRegistry } from '@candor/contracts';
import { CommandMetadata, Decider, DomainEvent, fold } from '@candor/domain';
import { ConcurrencyError, EventStore } from '../ports/event-store.port';
import { requestContext } from '../context/request-context';
import { ProjectionProgress } from '../projections/projection-progress';

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

/**
 * The one command-handler template: load (read the stream, fold), decide, append with the version read
 * ("no stream" for a new aggregate); nothing to append means no write; retry only on a version conflict.
 * After the write it waits, bounded, until the projections have applied it (read-your-writes).
 */
export class AggregateStore {
  constructor(
    private readonly events: EventStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly progress: ProjectionProgress,
    private readonly readYourWritesTimeoutMs: number,
  ) {}

  async load<TState, TEvent extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<TState, unknown, TEvent>, 'initialState' | 'evolve'>,
  ): Promise<{ state: TState; version: number }> {
    const recorded = await this.events.readStream(streamId);
    return { state: fold(decider, recorded as unknown as TEvent[]), version: recorded.length };
  }

  async execute<TState, TCommand, TEvent extends DomainEvent>(
    streamId: string,
    decider: Decider<TState, TCommand, TEvent>,
    command: TCommand,
    options: ExecuteOptions<TState> = {},
  ): Promise<DecisionResult<TState, TEvent>> {
    const retries = options.retries ?? 3;
    for (let attempt = 0; ; attempt += 1) {
      const { state, version } = await this.load(streamId, decider);
      options.guard?.(state);
      const decided = decider.decide(command, state);
      if (decided.length === 0) return { state, events: [], version, position: null };
      try {
        const result = await this.events.append(
          streamId,
          decided.map((e, i) => this.toNewEvent(e, options, i)),
          version === 0 ? 'no_stream' : version,
        );
        await this.awaitProjections(result.position);
        return {
          state: decided.reduce(decider.evolve, state),
          events: decided,
          version: result.nextVersion,
          position: result.position,
        };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= retries) throw error;
        await new Promise((r) => setTimeout(r, RETRY_BACKOFF_MS[Math.min(attempt, RETRY_BACKOFF_MS.length - 1)]));
      }
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
