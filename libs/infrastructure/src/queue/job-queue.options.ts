/** Settings both JobQueue adapters share. */
export interface JobQueueOptions {
  /** Jobs allowed to wait in one queue before run/enqueue throw QueueFullError (default 1000). */
  readonly maxQueued?: number;
  /** Per-queue caps overriding maxQueued (e.g. { 'code-execution': SANDBOX_QUEUE_MAX }). */
  readonly maxQueuedByQueue?: Readonly<Record<string, number>>;
  /** How long run() waits when the job names no timeoutMs: a caller never hangs (default 60 s). */
  readonly defaultTimeoutMs?: number;
}

export const DEFAULT_MAX_QUEUED = 1000;
export const DEFAULT_JOB_TIMEOUT_MS = 60_000;

export function maxQueuedFor(options: JobQueueOptions, queue: string): number {
  return options.maxQueuedByQueue?.[queue] ?? options.maxQueued ?? DEFAULT_MAX_QUEUED;
}

/**
 * Fair shares (jobs with a fairness key, i.e. a user's; the server's own jobs are bounded by the workers only):
 * one key may hold at most half the workers (rounded up, at least one), so with two or more another key
 * always finds one, and a quarter of a queue's waiting places (at least one), so no key fills it for the others.
 */
export function fairShareOfWorkers(concurrency: number): number {
  return Math.max(1, Math.ceil(concurrency / 2));
}

export function fairShareOfPlaces(maxQueued: number): number {
  return Math.max(1, Math.ceil(maxQueued / 4));
}

/** Both adapters pass payloads and results through JSON, so a job behaves the same whichever runs it. */
export function viaJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
