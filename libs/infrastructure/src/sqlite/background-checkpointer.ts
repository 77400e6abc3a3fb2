import type { Worker } from 'node:worker_threads';
import { sqliteWorker } from './sqlite-worker';

/**
 * The thread's source: its own connection to the file, a PASSIVE checkpoint every `everyMs` (it copies what no
 * reader still needs and never waits on the writer; once every frame is copied the writer starts the WAL over; a
 * busy one is tried again at the next turn, any other error ends the thread), and on `close` it closes the connection and ends. Plain JavaScript evaluated as the worker's source, so it runs
 * the same from the sources (tests, benches) and from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // another connection checkpointing (a bulk writer's autocheckpoint) or locking: the next turn tries again
    if (!/^SQLITE_(BUSY|LOCKED)/.test(error.code)) throw error;
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Keeps a WAL file short from a worker thread, so that a commit on the owner's connection (`wal_autocheckpoint = 0`)
 * never copies the WAL into the database file on the caller's thread. Should the thread fail, the owner's
 * connection is told to checkpoint by itself again (`onFailure`), so the WAL cannot grow without bound.
 */
export class BackgroundCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  /** `pragmas`: the file's connection settings (its sync setting above all: a checkpoint syncs as the owner's would). */
  constructor(file: string, options: { readonly everyMs: number; readonly pragmas: readonly string[]; readonly onFailure: () => void }) {
    this.worker = sqliteWorker(WORKER_SOURCE, { file, everyMs: options.everyMs, pragmas: options.pragmas });
    this.worker.unref();
    this.worker.on('error', options.onFailure);
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
  }

  /** Stops the checkpoints and closes the thread's connection (before the owner folds the WAL and closes its own). */
  async close(): Promise<void> {
    // Unreferenced, the thread would not keep the process alive while this waits for it to end.
    this.worker.ref();
    this.worker.postMessage('close');
    await this.exited;
  }
}
