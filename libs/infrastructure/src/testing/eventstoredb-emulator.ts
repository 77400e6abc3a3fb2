import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import {
  AllStreamSubscription,
  ANY,
  AppendExpectedRevision,
  AppendResult,
  BACKWARDS,
  END,
  EventData,
  Filter,
  NO_STREAM,
  Position,
  ReadPosition,
  ReadRevision,
  RecordedEvent,
  START,
  STREAM_EXISTS,
  StreamingRead,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';

type Stored = RecordedEvent & { position: Position };
interface ReadOptions {
  direction?: typeof BACKWARDS | 'forwards';
  maxCount?: number | bigint;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An in-process stand-in for an EventStoreDB server behind the part of the client API the adapter uses, with
 * the server behaviours the adapter has to cope with: 0-based revisions and WrongExpectedVersionError; UUID
 * event ids answered in lower case; idempotent re-appends (expected version of the original write, or `any`)
 * answered with the duplicates' last revision and no position; StreamNotFoundError on reads; events of one
 * write sharing a commit position (their prepare positions differ) while the write answers the first one;
 * system link events written after user events; $all reads that include their start position; filtered
 * catch-up subscriptions that start after theirs and never end on unsubscribe. It lets the contract exercise
 * the adapter's own logic on every run; it does not replace running the contract on a server (EVENTSTORE_URL).
 */
export class EventStoreDbEmulator {
  private readonly log: Stored[] = [];
  private readonly streams = new Map<string, Stored[]>();
  private readonly subscribers = new Set<(event: Stored) => void>();
  private nextLogPosition = 4_096n;

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    { expectedRevision = ANY }: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<AppendResult> {
    const batch = (Array.isArray(events) ? events : [events]).map((e) => ({ ...e, id: parseUuid(e.id) }));
    const stream = this.streams.get(streamName) ?? [];
    const duplicateOf = this.idempotentStart(stream, batch, expectedRevision);
    if (duplicateOf !== null) {
      return { success: true, nextExpectedRevision: BigInt(duplicateOf + batch.length - 1), position: undefined };
    }
    const last = stream.length - 1;
    const ok =
      expectedRevision === ANY ||
      (expectedRevision === NO_STREAM && stream.length === 0) ||
      (expectedRevision === STREAM_EXISTS && stream.length > 0) ||
      (typeof expectedRevision === 'bigint' && expectedRevision === BigInt(last));
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected: expectedRevision,
        current: stream.length === 0 ? NO_STREAM : BigInt(last),
      });
    }
    const commit = this.nextLogPosition;
    for (const event of batch) {
      this.store(streamName, stream, event.id, event.type, event.data, event.metadata, commit);
    }
    this.streams.set(streamName, stream);
    // What the $by_category system projection writes after each event: a link in a $ stream.
    const category = `$ce-${streamName.split('-')[0]}`;
    const links = this.streams.get(category) ?? [];
    this.store(category, links, randomUUID(), '$>', `${stream.length - 1}@${streamName}`, undefined, this.nextLogPosition);
    this.streams.set(category, links);
    return { success: true, nextExpectedRevision: BigInt(stream.length - 1), position: { commit, prepare: commit } };
  }

  readStream(streamName: string, options: ReadOptions & { fromRevision?: ReadRevision } = {}): StreamingRead<{ event: Stored }> {
    const stream = this.streams.get(streamName);
    const backwards = options.direction === BACKWARDS;
    const from = options.fromRevision ?? (backwards ? END : START);
    return reading(() => {
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      if (backwards) {
        const start = from === END ? stream.length - 1 : from === START ? 0 : Math.min(Number(from), stream.length - 1);
        return stream.slice(0, start + 1).reverse();
      }
      const start = from === START ? 0 : from === END ? stream.length : Number(from);
      return stream.slice(start);
    }, options.maxCount);
  }

  readAll(options: ReadOptions & { fromPosition?: ReadPosition } = {}): StreamingRead<{ event: Stored }> {
    const backwards = options.direction === BACKWARDS;
    const from = options.fromPosition ?? (backwards ? END : START);
    return reading(() => {
      if (backwards) return this.log.filter((e) => from === END || compare(e.position, from as Position) <= 0).reverse();
      return this.log.filter((e) => from === START || (from !== END && compare(e.position, from) >= 0));
    }, options.maxCount);
  }

  subscribeToAll({ fromPosition = START, filter }: { fromPosition?: ReadPosition; filter?: Filter } = {}): AllStreamSubscription {
    const out = new PassThrough({ objectMode: true });
    const pattern = filter && 'regex' in filter ? new RegExp(filter.regex) : null;
    const send = (event: Stored) => {
      if (!pattern || pattern.test(event.type)) out.write({ event: structuredClone(event) });
    };
    for (const event of this.log) {
      if (fromPosition === START || (fromPosition !== END && compare(event.position, fromPosition) > 0)) send(event);
    }
    this.subscribers.add(send);
    return Object.assign(out, {
      unsubscribe: async () => {
        this.subscribers.delete(send);
      },
    }) as unknown as AllStreamSubscription;
  }

  async dispose(): Promise<void> {
    this.subscribers.clear();
  }

  /** Where an already-written copy of `batch` starts, when the server would answer it as an idempotent write. */
  private idempotentStart(stream: Stored[], batch: { id: string }[], expected: AppendExpectedRevision): number | null {
    let start: number;
    if (expected === ANY) start = stream.findIndex((e) => e.id === batch[0].id);
    else if (expected === NO_STREAM) start = 0;
    else if (typeof expected === 'bigint') start = Number(expected) + 1;
    else return null;
    if (start < 0 || start >= stream.length) return null;
    return batch.every((e, i) => stream[start + i]?.id === e.id) ? start : null;
  }

  private store(streamId: string, stream: Stored[], id: string, type: string, data: unknown, metadata: unknown, commit: bigint): void {
    const event = {
      streamId,
      id,
      isJson: true,
      revision: BigInt(stream.length),
      type,
      created: new Date(),
      data: JSON.parse(JSON.stringify(data)),
      metadata: metadata === undefined ? undefined : JSON.parse(JSON.stringify(metadata)),
      position: { commit, prepare: this.nextLogPosition },
    } as Stored;
    this.nextLogPosition += 97n + BigInt(JSON.stringify(data).length);
    stream.push(event);
    this.log.push(event);
    for (const send of this.subscribers) send(event);
  }
}

function parseUuid(id: string): string {
  if (!UUID.test(id)) throw new Error(`EventStoreDB refuses event id "${id}": not a UUID`);
  return id.toLowerCase();
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

/** A read as the client returns it: a stream of resolved events, failing on iteration (as StreamNotFound does). */
function reading(select: () => Stored[], maxCount: number | bigint = Number.MAX_SAFE_INTEGER): StreamingRead<{ event: Stored }> {
  async function* events() {
    const selected = select().slice(0, Number(maxCount));
    for (const event of selected) yield { event: structuredClone(event) };
  }
  return Readable.from(events()) as unknown as StreamingRead<{ event: Stored }>;
}
