import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `source` (plain JavaScript, so it runs the same from the sources in tests and benches and
 * from the build) with its own connection to a SQLite file: `workerData` carries `driver`, the path of the
 * better-sqlite3 package to require. It takes none of the parent's preloads (a TypeScript loader): it needs only the driver.
 */
export function sqliteWorker(source: string, workerData: Record<string, unknown>): Worker {
  return new Worker(source, { eval: true, execArgv: [], workerData: { ...workerData, driver: require.resolve('better-sqlite3') } });
}
