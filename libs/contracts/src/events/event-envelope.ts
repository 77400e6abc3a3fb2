/** What travels with every stored event, besides its type and payload. */
export interface EventMetadata {
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly userId: string | null;
  readonly timestamp: string; // ISO 8601
  readonly schemaVersion: number;
  readonly [extra: string]: unknown;
}

/** An event to append. `id` makes appends idempotent: an id already stored is not written twice. */
export interface NewEvent<TData = Record<string, unknown>> {
  readonly id: string;
  readonly type: string;
  readonly data: TData;
  readonly metadata: EventMetadata;
}

/**
 * A global log position: an opaque string whose lexicographic order is the log order
 * (adapters pad their numbers to a fixed width). The empty string is "before the first event".
 */
export type LogPosition = string;
export const START_POSITION: LogPosition = '';

export interface RecordedEvent<TData = Record<string, unknown>> extends NewEvent<TData> {
  readonly streamId: string;
  /** 1-based: the stream's version after this event (the first event of a stream has revision 1). */
  readonly revision: number;
  readonly position: LogPosition;
  readonly recordedAt: string;
  /** SHA-256 over the stored form and `previousHash` (see event-hash.ts); absent only on adapters that predate it. */
  readonly hash?: string;
  /** The hash of the stream's previous event (GENESIS_HASH for its first). */
  readonly previousHash?: string;
}

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.length !== b.length && a !== START_POSITION && b !== START_POSITION) {
    throw new Error(`Positions of different adapters cannot be compared: ${a} / ${b}`);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxPosition(a: LogPosition, b: LogPosition): LogPosition {
  return comparePositions(a, b) >= 0 ? a : b;
}
