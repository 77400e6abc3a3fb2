import { LogPosition, NewEvent, RecordedEvent } from '@candor/contracts';

/**
 * Expected version of a stream when appending. Version = number of events in the stream (0 = no stream).
 * 'no_stream': the stream must not exist; 'any': no check; 'stream_exists': it must exist; a number: exactly that version.
 */
export type ExpectedVersion = 'no_stream' | 'any' | 'stream_exists' | number;

export interface AppendResult {
  /** The stream's version after the append (unchanged when every event was already stored). */
  readonly nextVersion: number;
  /** The position of the last event of this append (or of the already-stored duplicate). */
  readonly position: LogPosition;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive, 1-based revision to start from (forwards: the lowest; backwards: the highest). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /** Events exactly as stored (no upcasting): what their hashes cover. */
  readonly asStored?: boolean;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  readonly after?: LogPosition;
  readonly maxCount?: number;
  readonly direction?: 'forwards' | 'backwards';
  /** Events exactly as stored (no upcasting): what their hashes cover. */
  readonly asStored?: boolean;
}

export interface Subscription extends AsyncIterable<RecordedEvent> {
  /** Ends the iteration; pending `next()` calls resolve as done. */
  stop(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch up from `after` (exclusive), then deliver live events, in order, without gaps or duplicates. */
  subscribeToAll(after: LogPosition): Subscription;
  /** The position of the last event in the log (START_POSITION when empty). */
  headPosition(): Promise<LogPosition>;
  /** A short description of the adapter's state for /health. */
  health(): Promise<{ status: 'up' | 'down'; adapter: string; detail?: string }>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

/** A version conflict: another writer appended first. Safe to retry by reloading and deciding again. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
    this.name = 'ConcurrencyError';
  }
}
