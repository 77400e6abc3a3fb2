/** Pure conversions between our event-store port and EventStoreDB's client types (revisions, positions, ids, errors). */
import { createHash } from 'node:crypto';
import {
  ANY,
  AppendExpectedRevision,
  CurrentRevision,
  ErrorType,
  EventData,
  jsonEvent,
  JSONType,
  NO_STREAM,
  Position,
  RecordedEvent as EsdbRecordedEvent,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventMetadata, eventHash, LogPosition, NewEvent, RecordedEvent, START_POSITION } from '@candor/contracts';
import { ConcurrencyError, ExpectedVersion } from '@candor/application';

const POSITION_WIDTH = 20;
const POSITION_PATTERN = /^(\d{20})\/(\d{20})$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Namespace of the name-based (v5) UUIDs made for event ids that EventStoreDB would not accept as they are. */
const EVENT_ID_NAMESPACE = Buffer.from('3f0c6f0e5d2a4c1bb0e8a41d7c9e2b61', 'hex');
/** Metadata key holding our original event id when EventStoreDB stores a derived UUID instead. */
export const ORIGINAL_ID_KEY = '$candorEventId';
/** Metadata keys holding the event's hash and its stream predecessor's (see event-hash.ts). */
export const HASH_KEY = '$candorHash';
export const PREVIOUS_HASH_KEY = '$candorPreviousHash';

/** The hash chain links of one event, computed by the adapter before it writes. */
export interface ChainLinks {
  readonly hash: string;
  readonly previousHash: string;
}

/** Our expected version (number of events, 0 = no stream) to EventStoreDB's (0-based revision of the last event). */
export function toEsdbExpectedRevision(expected: ExpectedVersion): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new Error(`An expected version is a non-negative integer, got ${expected}`);
      }
      // Version 0 means "no events", which EventStoreDB spells NO_STREAM (there is no revision -1 on the wire).
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
}

/** EventStoreDB's current revision (of the last event, or "no stream") to our version (number of events). */
export function fromEsdbCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? 0 : Number(current) + 1;
}

/** 0-based stream revision of one event to our 1-based revision (the stream's version after it). */
export function fromEsdbRevision(revision: bigint): number {
  return Number(revision) + 1;
}

/** Our 1-based revision to EventStoreDB's 0-based one. */
export function toEsdbRevision(revision: number): bigint {
  return BigInt(revision - 1);
}

/** `${commit}/${prepare}`, each padded to 20 digits (a uint64 has at most 20), so string order is log order. */
export function formatEsdbPosition(position: Position): LogPosition {
  return `${position.commit.toString().padStart(POSITION_WIDTH, '0')}/${position.prepare.toString().padStart(POSITION_WIDTH, '0')}`;
}

export function parseEsdbPosition(position: LogPosition): Position {
  const match = POSITION_PATTERN.exec(position);
  if (!match) throw new Error(`Not an EventStoreDB log position: "${position}"`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

/** Event types starting with `$` are EventStoreDB's own (stats, projections, stream metadata, links). */
export function isSystemEventType(type: string): boolean {
  return type.startsWith('$');
}

/**
 * EventStoreDB needs UUID event ids (and answers them in lower case). Other ids get a stable name-based UUID,
 * so re-appending the same id still meets EventStoreDB's idempotency check.
 */
export function toEsdbEventId(id: string): string {
  if (UUID_PATTERN.test(id)) return id;
  const hash = createHash('sha1').update(EVENT_ID_NAMESPACE).update(id, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Our event as EventStoreDB JSON event data; our metadata (and the hash chain links) travel as its JSON metadata. */
export function toEsdbEventData(event: NewEvent, links?: ChainLinks): EventData {
  const id = toEsdbEventId(event.id);
  const metadata: Record<string, unknown> = id === event.id ? { ...event.metadata } : { ...event.metadata, [ORIGINAL_ID_KEY]: event.id };
  if (links) {
    metadata[HASH_KEY] = links.hash;
    metadata[PREVIOUS_HASH_KEY] = links.previousHash;
  }
  return jsonEvent({ id, type: event.type, data: event.data as JSONType, metadata });
}

/** The links of each event appended after a stream tail at `current` whose hash is `previousHash`. */
export function chainLinks(streamId: string, events: readonly NewEvent[], current: number, previousHash: string): ChainLinks[] {
  let previous = previousHash;
  return events.map((event, i) => {
    const stored = JSON.parse(JSON.stringify({ data: event.data, metadata: event.metadata })) as { data: unknown; metadata: unknown };
    const hash = eventHash({ type: event.type, data: stored.data, metadata: stored.metadata, streamId, revision: current + i + 1, previousHash: previous });
    const links = { hash, previousHash: previous };
    previous = hash;
    return links;
  });
}

/** A stored EventStoreDB event as ours; `position` must be present (servers from 22.6 send it on every read). */
export function fromEsdbEvent(event: EsdbRecordedEvent): RecordedEvent {
  if (!event.position) {
    throw new Error(`EventStoreDB sent event ${event.id} without its log position; this adapter needs a server >= 22.6`);
  }
  const { [ORIGINAL_ID_KEY]: originalId, [HASH_KEY]: hash, [PREVIOUS_HASH_KEY]: previousHash, ...metadata } = toRecord(event.metadata);
  return {
    id: typeof originalId === 'string' ? originalId : event.id,
    streamId: event.streamId,
    revision: fromEsdbRevision(event.revision),
    position: formatEsdbPosition(event.position),
    type: event.type,
    data: toRecord(event.data),
    metadata: withMetadataDefaults(metadata, event),
    recordedAt: event.created.toISOString(),
    ...(typeof hash === 'string' && typeof previousHash === 'string' ? { hash, previousHash } : {}),
  };
}

/** A version conflict reported by EventStoreDB as our ConcurrencyError, with the actual version in our terms. */
export function toConcurrencyError(
  error: WrongExpectedVersionError,
  streamId: string,
  expected: ExpectedVersion,
): ConcurrencyError {
  return new ConcurrencyError(streamId, expected, fromEsdbCurrentRevision(error.actualVersion));
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return (
    error instanceof WrongExpectedVersionError ||
    (error as { type?: unknown } | null)?.type === ErrorType.WRONG_EXPECTED_VERSION
  );
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof StreamNotFoundError || (error as { type?: unknown } | null)?.type === ErrorType.STREAM_NOT_FOUND;
}

/** The start of the log for a subscription or forward read. */
export function isStart(position: LogPosition | undefined): boolean {
  return position === undefined || position === START_POSITION;
}

/** JSON payloads come back parsed; anything else (binary events written by other tools) is kept, not dropped. */
function toRecord(value: unknown): Record<string, unknown> {
  if (value instanceof Uint8Array) {
    const text = Buffer.from(value).toString('utf8');
    try {
      const parsed: unknown = JSON.parse(text);
      if (isPlainObject(parsed)) return parsed;
    } catch {
      // not JSON: fall through and keep the bytes
    }
    return { base64: Buffer.from(value).toString('base64') };
  }
  if (isPlainObject(value)) return value;
  return value === undefined || value === null ? {} : { value };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Events written by other tools lack our metadata; fill what our readers rely on from EventStoreDB's own fields. */
function withMetadataDefaults(metadata: Record<string, unknown>, event: EsdbRecordedEvent): EventMetadata {
  return {
    correlationId: event.id,
    causationId: null,
    userId: null,
    timestamp: event.created.toISOString(),
    schemaVersion: 1,
    ...metadata,
  } as EventMetadata;
}
