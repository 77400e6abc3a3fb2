import type { Worker } from 'node:worker_threads';
import { sqliteWorker } from '../../sqlite/sqlite-worker';

/** One row of the events table, in the INSERT's column order. */
export type EventRowValues = [id: string, streamId: string, revision: number, type: string, data: string, metadata: string, recordedAt: string, hash: string, previousHash: string];

export interface PreparedAppend {
  readonly streamId: string;
  readonly rows: readonly EventRowValues[];
}

/** Per append: the position of its last row, or why it was rolled back (alone), or skipped (its stream failed earlier in the batch). */
export type AppendOutcome = { readonly position: number } | { readonly error: WriterError } | { readonly skipped: true };

export interface WriterError {
  readonly code?: string;
  readonly message: string;
}

/** A batch's answer: one outcome per append, or the failure of the whole commit (nothing of it stored). */
export type BatchOutcome = { readonly outcomes: readonly AppendOutcome[] } | { readonly failure: WriterError };

/**
 * The writing side of the SQLite event log, in a worker thread with its own connection: the rows of a batch of
 * appends go in one transaction (each append in its own savepoint, so one refusal rolls back only that append
 * and the later appends of its stream) and one commit, `synchronous = FULL`. The fsync of that commit blocks
 * the worker, not the event loop: requests keep being served while the disk syncs, and the appends they
 * make gather into the next batch.
 *
 * The worker is plain JavaScript (a worker thread cannot load TypeScript sources) that only inserts rows the
 * adapter prepared: the checks and the hash chain stay in the adapter.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare(
  'INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const errorOf = (e) => ({ code: typeof (e && e.code) === 'string' ? e.code : undefined, message: String((e && e.message) || e) });
const appendRows = db.transaction((rows) => {
  let position = 0;
  for (const row of rows) position = Number(insert.run(...row).lastInsertRowid);
  return position;
});
const commit = db.transaction((appends) => {
  const failed = new Set();
  return appends.map(({ streamId, rows }) => {
    if (failed.has(streamId)) return { skipped: true };
    try {
      return { position: appendRows(rows) };
    } catch (error) {
      failed.add(streamId);
      return { error: errorOf(error) };
    }
  });
});
parentPort.on('message', (message) => {
  if (message.close) {
    // On a disk that refuses writes closing may fail: the thread ends all the same (the main connection closes the file).
    try {
      db.close();
    } catch {}
    parentPort.postMessage({ closed: true });
    return;
  }
  try {
    parentPort.postMessage({ id: message.id, outcomes: commit.immediate(message.appends) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, failure: errorOf(error) });
  }
});
`;

export class SqliteAppendWriter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (outcome: BatchOutcome) => void>();
  private nextId = 0;
  private closing: Promise<void> | null = null;
  private crashed: Error | null = null;

  constructor(file: string) {
    this.worker = sqliteWorker(WORKER_SOURCE, { file });
    // Idle, the worker must not keep the process alive; a batch in flight does (see write).
    this.worker.unref();
    this.worker.on('message', (message: { id?: number; closed?: boolean } & BatchOutcome) => {
      if (message.id === undefined) return;
      const resolve = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (this.waiting.size === 0) this.worker.unref();
      resolve?.(message);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('The event log writer stopped')));
  }

  /** False once the worker has stopped (crashed, or closed). */
  get alive(): boolean {
    return this.crashed === null && this.closing === null;
  }

  /** Commits the batch; resolves once it is on disk (or refused). */
  write(appends: readonly PreparedAppend[]): Promise<BatchOutcome> {
    if (this.crashed) return Promise.resolve({ failure: { message: this.crashed.message } });
    const id = (this.nextId += 1);
    return new Promise<BatchOutcome>((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.ref();
      this.worker.postMessage({ id, appends });
    });
  }

  /** Closes the worker's connection once the batches sent before have been answered. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      if (this.crashed) return resolve();
      this.worker.ref();
      this.worker.once('exit', () => resolve());
      this.worker.on('message', (message: { closed?: boolean }) => {
        if (message.closed) void this.worker.terminate();
      });
      this.worker.postMessage({ close: true });
    });
    return this.closing;
  }

  /** A dead worker answers every batch in flight (and every later one) as a failed commit. */
  private fail(error: Error): void {
    this.crashed ??= error;
    for (const resolve of this.waiting.values()) resolve({ failure: { message: error.message } });
    this.waiting.clear();
  }
}
