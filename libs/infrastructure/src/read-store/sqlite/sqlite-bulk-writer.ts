import type { Worker } from 'node:worker_threads';
import { sqliteWorker } from '../../sqlite/sqlite-worker';
import { BulkWriter, WriteBatch, WriteGuardError } from '@candor/application';
import { filterToSql, keysOf, quote } from './sqlite-filter';

/**
 * One collection's part of a batch as the worker writes it: documents as JSON (`docs[i]` is the document of id
 * `ids[i]`, `keys[i]` its `keys` column: flat arrays of strings copy to the worker faster than one small array per
 * document), and ids to delete.
 */
interface TableWrites {
  readonly table: string;
  readonly ids: string[];
  readonly docs: string[];
  readonly keys: (string | null)[];
  readonly deletes: string[];
}

/** A batch as the worker takes it: the guard as SQL (a row of `table` must match), then every table's writes. */
export interface SerializedBatch {
  readonly guard: { readonly table: string; readonly sql: string; readonly params: unknown[] } | null;
  readonly tables: TableWrites[];
}

/**
 * A part of a batch, as one message: a batch goes to the worker as several small messages written in one
 * transaction (the first begins it and checks the guard, the last commits it). One message of several MB per
 * batch left more of the process's memory behind (RSS about 40 MiB higher over a 100k-event rebuild).
 */
interface BatchPart {
  readonly first: boolean;
  readonly last: boolean;
  readonly guard: SerializedBatch['guard'];
  readonly tables: TableWrites[];
}

/** Documents per message to the worker (about 200 KiB of JSON for the interview read models). */
const ROWS_PER_MESSAGE = 200;

type Reply = { ok: true } | { ok: false; guard: string | null; message: string };

/** An index the writer builds at close instead of row by row: its quoted name and its `CREATE INDEX IF NOT EXISTS`. */
export interface IndexDefinition {
  readonly collection: string;
  readonly name: string;
  readonly sql: string;
}

/** The asking for the deferred indexes once the last batch is in (then the worker builds them and answers). */
interface Finish {
  readonly finish: true;
}

/**
 * The worker connection's page cache, in KiB (SQLite's default is 2 MiB): a batch's rows land in pages spread over
 * the tables and their indexes; with too small a cache the same pages are written out and read back within a batch.
 */
const WRITER_CACHE_KIB = 16_384;

/**
 * The worker: its own connection to the read-model file (same journal and sync settings as the store's, so the
 * same durability), one transaction per batch (sent in parts, see BatchPart), in the order sent. Once a batch
 * fails, every later one fails with it, unwritten (the next batch may already be sent: it must not commit a
 * checkpoint past the failed one). The first batch to commit also drops
 * the deferred indexes (in its transaction); `finish` creates them again, each sorted once from the whole table,
 * which SQLite does several times faster than keeping them up to date row by row in random key order.
 * Plain JavaScript evaluated as the worker's source, so it runs the same from the sources (tests, benches) and
 * from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
db.pragma('cache_size = -' + workerData.cacheKib);
const statements = new Map();
function statement(sql) {
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare(sql)));
  return s;
}
class GuardFailed extends Error {}
let failure = null; // the first error: the rest of its batch and every later batch are skipped, each last part answers it
let dropped = false; // whether the deferred indexes are gone (a committed batch dropped them)
function finish() {
  try {
    for (const index of workerData.deferred) db.exec(index.sql);
    return { ok: true };
  } catch (error) {
    return { ok: false, guard: null, message: String(error && error.message) };
  }
}
parentPort.on('message', (part) => {
  if (part.finish) return parentPort.postMessage(finish());
  try {
    if (part.first && failure === null) {
      db.exec('BEGIN IMMEDIATE');
      if (part.guard && !statement('SELECT 1 FROM ' + part.guard.table + ' WHERE ' + part.guard.sql + ' LIMIT 1').get(...part.guard.params)) {
        throw new GuardFailed(part.guard.table);
      }
      if (!dropped) for (const index of workerData.deferred) db.exec('DROP INDEX IF EXISTS ' + index.name);
    }
    if (failure === null) {
      for (const { table, ids, docs, keys, deletes } of part.tables) {
        const upsert = statement('INSERT INTO ' + table + ' (_id, doc, keys) VALUES (?, ?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc, keys = excluded.keys');
        for (let i = 0; i < ids.length; i += 1) upsert.run(ids[i], docs[i], keys[i]);
        const remove = statement('DELETE FROM ' + table + ' WHERE _id = ?');
        for (const id of deletes) remove.run(id);
      }
      if (part.last) {
        db.exec('COMMIT');
        dropped = true;
      }
    }
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    failure = { ok: false, guard: error instanceof GuardFailed ? error.message : null, message: String(error && error.message) };
  }
  if (part.last) parentPort.postMessage(failure ?? { ok: true });
});
`;

/** What the writer needs of its store: the tables it writes created, and the store's own write for other batches. */
export interface BulkWriterHost {
  readonly file: string;
  /** The settings the worker's connection takes (journal, sync, ...), as `PRAGMA` arguments. */
  readonly pragmas: readonly string[];
  ensureTable(collection: string): void;
  /** The fields a collection's `keys` column holds (see `keysOf`). */
  keyFields(collection: string): readonly string[];
  writeBatch(batch: WriteBatch): Promise<unknown>;
  /** Creates the declared indexes of these collections that are missing (when the worker could not). */
  restoreIndexes(collections: readonly string[]): void;
}

/** Batches the writer takes before the first of them is committed: the next is sent while one commits. */
const MAX_IN_FLIGHT = 2;

/**
 * The SQLite read store's writer for a rebuild's replay: the calling thread serializes each batch (JSON per
 * document) and a worker thread commits it while the caller computes the next, so on two cores the writes
 * (SQLite's page work, index expressions, the commit) overlap the projecting. Up to MAX_IN_FLIGHT batches are
 * queued, so the worker starts the next as soon as one commits. A batch the worker does not take (see
 * `serializeBatch`) is written by the store itself, after every batch before it. Once a batch fails, every
 * later write fails too, unwritten.
 */
export class SqliteBulkWriter implements BulkWriter {
  readonly maxInFlight = MAX_IN_FLIGHT;
  private readonly worker: Worker;
  /** The answers awaited from the worker, in the order its batches were sent (it answers in that order). */
  private readonly pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  /** The last write not yet settled (null: none), and whether the worker writes it (or the store itself). */
  private last: { done: Promise<void>; byWorker: boolean } | null = null;
  private inFlight = 0;
  private closed = false;
  /** Why the thread is gone (it failed or exited): every later write fails with it instead of waiting. */
  private gone: Error | null = null;
  /** The first failed batch's error: every later write fails with it. */
  private failed: Error | null = null;

  /**
   * `deferred`: indexes of collections that were empty and only this writer fills, built at close (see the worker);
   * until then queries on those collections scan instead of seeking (they read a replay's partial result anyway).
   */
  constructor(
    private readonly host: BulkWriterHost,
    private readonly deferred: readonly IndexDefinition[] = [],
  ) {
    this.worker = sqliteWorker(WORKER_SOURCE, { file: host.file, pragmas: host.pragmas, deferred, cacheKib: WRITER_CACHE_KIB });
    this.worker.on('message', (reply: Reply) => this.answer(reply.ok ? null : reply.guard ? new WriteGuardError(reply.guard) : new Error(reply.message)));
    this.worker.on('error', (error) => this.fail((this.gone ??= error)));
    this.worker.on('exit', (code) => this.fail((this.gone ??= new Error(`The read-store writer thread exited (${code})`))));
  }

  write(batch: WriteBatch): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The read-store writer is closed'));
    const refused = this.failed ?? this.gone;
    if (refused) return Promise.reject(refused);
    if (this.inFlight >= this.maxInFlight) return Promise.reject(new Error(`At most ${this.maxInFlight} batches in flight: await the oldest first`));
    for (const { collection } of batch.writes) this.host.ensureTable(collection);
    const serialized = serializeBatch(batch, (collection) => this.host.keyFields(collection));
    const previous = this.last;
    const byWorker = serialized !== null && (previous === null || previous.byWorker);
    // The worker keeps its batches in order; a batch written otherwise waits for (and fails with) the one before.
    const done = byWorker && serialized
      ? this.request(parts(serialized))
      : (previous?.done ?? Promise.resolve()).then(() => (serialized ? this.request(parts(serialized)) : this.host.writeBatch(batch).then(() => undefined)));
    const entry = { done, byWorker };
    this.last = entry;
    this.inFlight += 1;
    const settled = () => {
      this.inFlight -= 1;
      if (this.last === entry) this.last = null;
    };
    done.then(settled, (error: Error) => {
      this.failed ??= error;
      settled();
    });
    return done;
  }

  /**
   * Waits for the batches in flight, has the worker build the deferred indexes, and ends it. Should the worker fail
   * to (or be gone), the store creates them itself: they never stay missing.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.last?.done.catch(() => undefined);
    let built = this.deferred.length === 0;
    if (!built && !this.gone) built = await this.request([{ finish: true }]).then(() => true, () => false);
    await this.worker.terminate();
    if (!built) this.host.restoreIndexes([...new Set(this.deferred.map((index) => index.collection))]);
  }

  /** Sends the messages and resolves with the worker's one answer to them. */
  private request(messages: readonly (BatchPart | Finish)[]): Promise<void> {
    if (this.gone) return Promise.reject(this.gone);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      for (const message of messages) this.worker.postMessage(message);
    });
  }

  /** The worker answered its oldest request. */
  private answer(error: Error | null): void {
    const pending = this.pending.shift();
    if (error) pending?.reject(error);
    else pending?.resolve();
  }

  /** The thread is gone: nothing it was asked will be answered. */
  private fail(error: Error): void {
    for (const pending of this.pending.splice(0)) pending.reject(error);
  }
}

/**
 * The batch as the worker takes it, or null when it holds an operation the worker does not do (anything but
 * replacing or deleting a document by id) or a guard SQL cannot decide by itself.
 */
export function serializeBatch(batch: WriteBatch, keyFields: (collection: string) => readonly string[]): SerializedBatch | null {
  let guard: SerializedBatch['guard'] = null;
  if (batch.guard) {
    // The guard (the projector's lease: its id and owner) compares scalar fields.
    const condition = filterToSql(batch.guard.filter, new Set(Object.keys(batch.guard.filter)));
    if (!condition.exact) return null;
    guard = { table: quote(batch.guard.collection), sql: condition.sql, params: condition.params };
  }
  const tables: TableWrites[] = [];
  for (const { collection, operations } of batch.writes) {
    const writes: TableWrites = { table: quote(collection), ids: [], docs: [], keys: [], deletes: [] };
    const fields = keyFields(collection);
    for (const op of operations) {
      if ('replaceOne' in op && op.replaceOne.upsert && isId(op.replaceOne.filter._id) && Object.keys(op.replaceOne.filter).length === 1) {
        const id = op.replaceOne.filter._id;
        const { replacement } = op.replaceOne;
        writes.ids.push(id);
        writes.docs.push(JSON.stringify(replacement._id === id ? replacement : { ...replacement, _id: id }));
        writes.keys.push(keysOf(replacement, fields));
      } else if ('deleteOne' in op && isId(op.deleteOne.filter._id) && Object.keys(op.deleteOne.filter).length === 1) {
        writes.deletes.push(op.deleteOne.filter._id);
      } else {
        return null;
      }
    }
    tables.push(writes);
  }
  return { guard, tables };
}

/** The batch cut into messages of at most ROWS_PER_MESSAGE rows, in order (an empty batch is one part). */
function parts(batch: SerializedBatch): BatchPart[] {
  const cut: TableWrites[][] = [[]];
  let rows = 0;
  const add = (table: string, ids: string[], docs: string[], keys: (string | null)[], deletes: string[]) => {
    if (rows >= ROWS_PER_MESSAGE) {
      cut.push([]);
      rows = 0;
    }
    cut[cut.length - 1].push({ table, ids, docs, keys, deletes });
    rows += ids.length + deletes.length;
  };
  for (const { table, ids, docs, keys, deletes } of batch.tables) {
    for (let i = 0; i < ids.length; i += ROWS_PER_MESSAGE) {
      add(table, ids.slice(i, i + ROWS_PER_MESSAGE), docs.slice(i, i + ROWS_PER_MESSAGE), keys.slice(i, i + ROWS_PER_MESSAGE), []);
    }
    for (let i = 0; i < deletes.length; i += ROWS_PER_MESSAGE) add(table, [], [], [], deletes.slice(i, i + ROWS_PER_MESSAGE));
  }
  return cut.map((tables, i) => ({ first: i === 0, last: i === cut.length - 1, guard: i === 0 ? batch.guard : null, tables }));
}

function isId(value: unknown): value is string {
  return typeof value === 'string';
}
