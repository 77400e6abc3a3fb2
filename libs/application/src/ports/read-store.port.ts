/** A Mongo-shaped read store: every projection writes here and every query reads here. */
export type Filter = Record<string, unknown>;
export type Sort = Record<string, 1 | -1>;
export type Update = Record<string, unknown>; // update operators ($set, $inc, $push, ...) or a replacement document
export type PipelineStage = Record<string, unknown>;

export interface FindOptions {
  readonly sort?: Sort;
  readonly skip?: number;
  readonly limit?: number;
  readonly projection?: Record<string, 0 | 1>;
}

export type BulkOperation =
  | { readonly replaceOne: { readonly filter: Filter; readonly replacement: Record<string, unknown>; readonly upsert?: boolean } }
  | { readonly updateOne: { readonly filter: Filter; readonly update: Update; readonly upsert?: boolean } }
  | { readonly deleteOne: { readonly filter: Filter } }
  | { readonly deleteMany: { readonly filter: Filter } };

export interface ReadCollection<T extends { _id: string }> {
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne(filter: Filter): Promise<T | null>;
  count(filter?: Filter): Promise<number>;
  aggregate<R = Record<string, unknown>>(pipeline: readonly PipelineStage[]): Promise<R[]>;
  /** Replace the document with this `_id`, inserting it when absent. */
  upsert(doc: T): Promise<void>;
  /** Insert a new document; one with the same `_id` (or unique key) already there fails with "duplicate key". */
  insertOne(doc: T): Promise<void>;
  /** Apply update operators to the first match; insert from filter + update when none matches and `upsert`. */
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<{ matched: number; upserted: boolean }>;
  deleteOne(filter: Filter): Promise<number>;
  deleteMany(filter?: Filter): Promise<number>;
  bulkWrite(operations: readonly BulkOperation[]): Promise<void>;
}

export interface IndexSpec {
  readonly collection: string;
  readonly keys: Record<string, 1 | -1>;
  readonly unique?: boolean;
}

/** The writes of one projector batch: every collection's operations, the checkpoints last. */
export interface WriteBatch {
  readonly writes: readonly { readonly collection: string; readonly operations: readonly BulkOperation[] }[];
  /** The batch is written only while a document matches this (the projector's lease); else WriteGuardError. */
  readonly guard?: { readonly collection: string; readonly filter: Filter };
}

/** A guarded batch whose guard no longer matched: nothing of it was written. */
export class WriteGuardError extends Error {
  constructor(readonly collection: string) {
    super(`The write guard on ${collection} no longer matches: batch refused`);
    this.name = 'WriteGuardError';
  }
}

/** What a bulk writer may rely on for the replay it writes. */
export interface BulkWriterOptions {
  /**
   * Collections that were empty when the replay began and that only this writer fills until it is closed: a store
   * may build their secondary indexes once, at close, instead of row by row (SQLite: several times faster).
   */
  readonly emptyCollections?: readonly string[];
}

/** Writes a rebuild's batches in order, in the background: the caller computes the next batch meanwhile. */
export interface BulkWriter {
  /** How many batches may be written but not yet committed: past it, the caller awaits the oldest first. */
  readonly maxInFlight: number;
  /**
   * Takes the batch (serialized before this returns: the caller may change its documents afterwards) and resolves
   * once it is committed, atomically as `writeBatch` would, after every batch written before it. Once a batch
   * fails, every later one fails too and nothing of it is written (no checkpoint passes a failed batch).
   */
  write(batch: WriteBatch): Promise<void>;
  /** Waits for the batches in flight, completes what it deferred (indexes), then frees what the writer holds. */
  close(): Promise<void>;
}

export interface ReadStore {
  collection<T extends { _id: string }>(name: string): ReadCollection<T>;
  /** Declares the indexes the queries need (the in-memory adapter may ignore them). */
  ensureIndexes(indexes: readonly IndexSpec[]): Promise<void>;
  /**
   * Applies a batch in order. `atomic` adapters commit it all or nothing (SQLite; MongoDB on a replica set);
   * the others apply it in order, so a crash leaves a prefix: documents without their checkpoint, replayed later.
   */
  writeBatch(batch: WriteBatch): Promise<{ atomic: boolean }>;
  /**
   * A writer for a rebuild's replay that commits each batch while the caller computes the next (SQLite: a worker
   * thread with its own connection). Adapters without one are written with `writeBatch`, one batch at a time.
   */
  bulkWriter?(options?: BulkWriterOptions): BulkWriter;
  /** Drop a collection (used by projection rebuilds). */
  drop(name: string): Promise<void>;
  /** True when the data survives this process (then the projector resumes from checkpoints instead of replaying). */
  readonly persistent: boolean;
  health(): Promise<{ status: 'up' | 'down'; adapter: string; detail?: string }>;
  /**
   * Removes what deleted documents leave behind in the store's files (log files, free pages), after an erasure.
   * Adapters that keep no such remains on disk of their own do not implement it.
   */
  scrub?(): Promise<void>;
  close(): Promise<void>;
}

export const READ_STORE = Symbol('READ_STORE');
