/**
 * Snapshots of aggregate state for cold streams: the state folded up to a stream version, stored under the
 * version key of the decider that folded it, so a changed evolve never reads a snapshot it did not write.
 */
export interface StoredSnapshot {
  /** The stream version (number of events) the state reflects. */
  readonly version: number;
  readonly state: unknown;
}

export interface SnapshotStore {
  /** The latest snapshot of the stream written under `key`, or null. */
  read(streamId: string, key: string): Promise<StoredSnapshot | null>;
  /** Saves (replaces) the stream's snapshot under `key`. */
  write(streamId: string, key: string, snapshot: StoredSnapshot): Promise<void>;
  /** Deletes every snapshot of the stream, under every key (an erasure must not leave folded personal data). */
  delete(streamId: string): Promise<void>;
  close(): Promise<void>;
}

export const SNAPSHOT_STORE = Symbol('SNAPSHOT_STORE');
