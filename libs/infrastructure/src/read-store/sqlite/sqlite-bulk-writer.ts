import { Worker } from 'node:worker_threads';
import { BulkWriter, WriteBatch, WriteGuardError } from '@candor/application';
import { filterToSql, quote } from './sqlite-filter';

/** One collection's part of a batch as the worker writes it: documents as JSON by id, and ids to delete. */
interface TableWrites {
  readonly table: string;
  readonly upserts: [id: string, json: string][];
  readonly deletes: string[];
}

/** A batch as the worker takes it: the guard as SQL (a row of `table` must match), then every table's writes. */
export interface SerializedBatch {
  readonly guard: { readonly table: string; readonly sql: string; readonly params: unknown[] } | null;
  readonly tables: TableWrites[];
}

type Reply = { ok: true } | { ok: false; guard: string | null; message: string };

/**
 * The worker: its own connection to the read-model file (same journal and sync settings as the store's, so the
 * same durability), one transaction per batch. Plain JavaScript evaluated as the worker's source, so it runs the
 * same from the sources (tests, benches) and from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const statements = new Map();
function statement(sql) {
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare(sql)));
  return s;
}
class GuardFailed extends Error {}
const write = db.transaction((batch) => {
  if (batch.guard && !statement('SELECT 1 FROM ' + batch.guard.table + ' WHERE ' + batch.guard.sql + ' LIMIT 1').get(...batch.guard.params)) {
    throw new GuardFailed(batch.guard.table);
  }
  for (const { table, upserts, deletes } of batch.tables) {
    const upsert = statement('INSERT INTO ' + table + ' (_id, doc) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc');
    for (const [id, json] of upserts) upsert.run(id, json);
    const remove = statement('DELETE FROM ' + table + ' WHERE _id = ?');
    for (const id of deletes) remove.run(id);
  }
});
parentPort.on('message', (batch) => {
  try {
    write(batch);
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, guard: error instanceof GuardFailed ? error.message : null, message: String(error && error.message) });
  }
});
`;

/** What the writer needs of its store: the tables it writes created, and the store's own write for other batches. */
export interface BulkWriterHost {
  readonly file: string;
  /** The settings the worker's connection takes (journal, sync, ...), as `PRAGMA` arguments. */
  readonly pragmas: readonly string[];
  ensureTable(collection: string): void;
  writeBatch(batch: WriteBatch): Promise<unknown>;
}

/**
 * The SQLite read store's writer for a rebuild's replay: the calling thread serializes each batch (JSON per
 * document) and a worker thread commits it while the caller computes the next, so on two cores the writes
 * (SQLite's page work, index expressions, the commit) overlap the projecting. A batch the worker does not take
 * (see `serializeBatch`) is written by the store itself.
 */
export class SqliteBulkWriter implements BulkWriter {
  private readonly worker: Worker;
  private pending: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private inFlight: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly host: BulkWriterHost) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [], // it needs only the driver: none of the parent's preloads (a TypeScript loader in tests and benches)
      workerData: { file: host.file, pragmas: host.pragmas, driver: require.resolve('better-sqlite3') },
    });
    this.worker.on('message', (reply: Reply) => this.settle(reply.ok ? null : reply.guard ? new WriteGuardError(reply.guard) : new Error(reply.message)));
    this.worker.on('error', (error) => this.settle(error));
    this.worker.on('exit', (code) => this.settle(new Error(`The read-store writer thread exited (${code})`)));
  }

  async write(batch: WriteBatch): Promise<void> {
    if (this.closed) throw new Error('The read-store writer is closed');
    if (this.inFlight) throw new Error('One batch at a time: await the previous write first');
    for (const { collection } of batch.writes) this.host.ensureTable(collection);
    const serialized = serializeBatch(batch);
    if (!serialized) {
      await this.host.writeBatch(batch);
      return;
    }
    this.inFlight = new Promise<void>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(serialized);
    });
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.inFlight?.catch(() => undefined);
    await this.worker.terminate();
  }

  private settle(error: Error | null): void {
    const pending = this.pending;
    this.pending = null;
    if (error) pending?.reject(error);
    else pending?.resolve();
  }
}

/**
 * The batch as the worker takes it, or null when it holds an operation the worker does not do (anything but
 * replacing or deleting a document by id) or a guard SQL cannot decide by itself.
 */
export function serializeBatch(batch: WriteBatch): SerializedBatch | null {
  let guard: SerializedBatch['guard'] = null;
  if (batch.guard) {
    // The guard (the projector's lease: its id and owner) compares scalar fields.
    const condition = filterToSql(batch.guard.filter, new Set(Object.keys(batch.guard.filter)));
    if (!condition.exact) return null;
    guard = { table: quote(batch.guard.collection), sql: condition.sql, params: condition.params };
  }
  const tables: TableWrites[] = [];
  for (const { collection, operations } of batch.writes) {
    const writes: TableWrites = { table: quote(collection), upserts: [], deletes: [] };
    for (const op of operations) {
      if ('replaceOne' in op && op.replaceOne.upsert && isId(op.replaceOne.filter._id) && Object.keys(op.replaceOne.filter).length === 1) {
        const id = op.replaceOne.filter._id;
        const { replacement } = op.replaceOne;
        writes.upserts.push([id, JSON.stringify(replacement._id === id ? replacement : { ...replacement, _id: id })]);
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

function isId(value: unknown): value is string {
  return typeof value === 'string';
}
