import {
  AppendResult as EsdbAppendResult,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  ReadPosition,
  ReadRevision,
  RecordedEvent as EsdbRecordedEvent,
  START,
  StreamingRead,
} from '@eventstore/db-client';
import { GENESIS_HASH, LogPosition, NewEvent, RecordedEvent, START_POSITION } from '@candor/contracts';
import {
  AppendResult,
  EventStore,
  ExpectedVersion,
  ReadAllOptions,
  ReadStreamOptions,
  Subscription,
} from '@candor/application';
import {
  chainLinks,
  formatEsdbPosition,
  fromEsdbEvent,
  fromEsdbRevision,
  isStart,
  isStreamNotFound,
  isSystemEventType,
  isWrongExpectedVersion,
  parseEsdbPosition,
  toConcurrencyError,
  toEsdbEventData,
  toEsdbEventId,
  toEsdbExpectedRevision,
  toEsdbRevision,
} from './eventstoredb.mapping';
import { EventStoreDbSubscription } from './eventstoredb-subscription';

/** $all pages: large enough to amortise round trips, small enough that skipped system events cost little. */
const ALL_PAGE = 500;
/** Even a one-event read asks for a few, since system projections may have written link events after it. */
const MIN_ALL_PAGE = 32;
const HEALTH_DEADLINE_MS = 3_000;
/** How often an 'any'/'stream_exists' append is redone when another writer moved the stream between read and write. */
const PINNED_ATTEMPTS = 5;

/**
 * The server event store: EventStoreDB over gRPC. Our versions count events (0 = no stream) where EventStoreDB
 * numbers revisions from 0; positions are `commit/prepare` padded so that string order is log order. Reading
 * $all and subscribing to it need a user allowed to read $all (admins by default).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();
  private closed = false;

  /** `client` is for tests that bring their own; the composition root passes only the connection string. */
  constructor(connectionString: string, client?: EventStoreDBClient) {
    this.client = client ?? EventStoreDBClient.connectionString(connectionString);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) {
      const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      return { nextVersion: last?.revision ?? 0, position: START_POSITION };
    }
    for (let attempt = 1; ; attempt++) {
      // Each event's hash covers its revision and its predecessor's hash, so the tail is read first; an
      // 'any' or 'stream_exists' write is then pinned to the revision read, and redone if another writer won.
      const [tail] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      const current = tail?.revision ?? 0;
      // A pinned revision loses EventStoreDB's idempotency for 'any': a retry whose events end the stream is a no-op.
      if (tail && typeof expected !== 'number' && events.some((e) => e.id === tail.id)) {
        const stored = await this.alreadyStored(streamId, events);
        if (stored) return stored;
      }
      const pinned = typeof expected === 'number' || expected === 'no_stream' || (expected === 'stream_exists' && current === 0) ? expected : current;
      const links = chainLinks(streamId, events, current, tail?.hash ?? GENESIS_HASH);
      let written: EsdbAppendResult;
      try {
        written = await this.client.appendToStream(
          streamId,
          events.map((event, i) => toEsdbEventData(event, links[i])),
          { expectedRevision: toEsdbExpectedRevision(pinned) },
        );
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        // EventStoreDB dedups ids only at the expected version of the original write; a retry after the stream
        // moved on is still the same write when every id is already there.
        const stored = await this.alreadyStored(streamId, events);
        if (stored) return stored;
        if (pinned !== expected && attempt < PINNED_ATTEMPTS) continue;
        throw toConcurrencyError(error, streamId, expected);
      }
      return this.settle(streamId, events, written);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    if (options.maxCount === 0) return [];
    let fromRevision: ReadRevision = backwards ? END : START;
    if (options.fromRevision !== undefined) {
      if (options.fromRevision < 1) {
        if (backwards) return [];
      } else {
        fromRevision = toEsdbRevision(options.fromRevision);
      }
    }
    const raw = await this.readStreamRaw(streamId, fromRevision, backwards, options.maxCount);
    return raw.map(fromEsdbEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const wanted = options.maxCount ?? Number.POSITIVE_INFINITY;
    const found: RecordedEvent[] = [];
    // The boundary is excluded whatever the server's inclusiveness: `after` first, then each page's last event.
    let boundary: LogPosition | null = isStart(options.after) ? null : (options.after as LogPosition);
    let from: ReadPosition = boundary ? parseEsdbPosition(boundary) : backwards ? END : START;
    while (found.length < wanted) {
      const pageSize = Math.min(ALL_PAGE, Math.max(MIN_ALL_PAGE, wanted - found.length + 1));
      const page = await drain(
        this.client.readAll({ fromPosition: from, direction: backwards ? BACKWARDS : FORWARDS, maxCount: pageSize }),
      );
      let last: EsdbRecordedEvent | undefined;
      for (const resolved of page) {
        const event = resolved.event;
        if (!event) continue;
        last = event;
        if (isSystemEventType(event.type) || (event.position && formatEsdbPosition(event.position) === boundary)) continue;
        found.push(fromEsdbEvent(event));
        if (found.length >= wanted) break;
      }
      if (page.length < pageSize || !last?.position) break;
      from = last.position;
      boundary = formatEsdbPosition(last.position);
    }
    return found;
  }

  subscribeToAll(after: LogPosition): Subscription {
    const subscription = new EventStoreDbSubscription(this.client, after, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<LogPosition> {
    const [last] = await this.readAll({ direction: 'backwards', maxCount: 1 });
    return last?.position ?? START_POSITION;
  }

  async health() {
    try {
      await drain(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, deadline: HEALTH_DEADLINE_MS }));
      return { status: 'up' as const, adapter: 'eventstoredb' };
    } catch (error) {
      return { status: 'down' as const, adapter: 'eventstoredb', detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  /**
   * The result in our terms: the stream's version as it stands after the write (for an idempotent no-op that
   * is the current version, not the revision of the duplicate) and the $all position of the last of our events,
   * read back because an idempotent write answers no position, and a multi-event write's answer is not
   * necessarily the last event's own position that subscribers will report.
   */
  private async settle(streamId: string, events: readonly NewEvent[], written: EsdbAppendResult): Promise<AppendResult> {
    const [tail] = await this.readStreamRaw(streamId, END, true, 1);
    const ours =
      tail && tail.revision === written.nextExpectedRevision
        ? tail
        : (await this.readStreamRaw(streamId, written.nextExpectedRevision, true, 1))[0];
    if (!tail || !ours || ours.id !== toEsdbEventId(events[events.length - 1].id)) {
      throw new Error(`EventStoreDB acknowledged an append to ${streamId} that cannot be read back`);
    }
    return { nextVersion: fromEsdbRevision(tail.revision), position: fromEsdbEvent(ours).position };
  }

  /** When every event id is already in the stream: the no-op result (else null). */
  private async alreadyStored(streamId: string, events: readonly NewEvent[]): Promise<AppendResult | null> {
    const stored = await this.readStreamRaw(streamId, START, false);
    const byId = new Map(stored.map((e) => [e.id, e]));
    const matches = events.map((e) => byId.get(toEsdbEventId(e.id)));
    const last = matches[matches.length - 1];
    if (!last || matches.some((m) => m === undefined)) return null;
    return { nextVersion: stored.length === 0 ? 0 : fromEsdbRevision(stored[stored.length - 1].revision), position: fromEsdbEvent(last).position };
  }

  private async readStreamRaw(
    streamId: string,
    fromRevision: ReadRevision,
    backwards: boolean,
    maxCount?: number,
  ): Promise<EsdbRecordedEvent[]> {
    try {
      const resolved = await drain(
        this.client.readStream(streamId, { fromRevision, direction: backwards ? BACKWARDS : FORWARDS, maxCount }),
      );
      return resolved.flatMap((r) => (r.event ? [r.event] : []));
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
  }
}

async function drain<E extends { event?: unknown }>(read: StreamingRead<E>): Promise<E[]> {
  const items: E[] = [];
  for await (const item of read) items.push(item);
  return items;
}
