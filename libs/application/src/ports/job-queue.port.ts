/**
 * Background work (code execution, analysis, scoring) goes through this port.
 * Adapters: in-process (embedded default) and Bull on Redis (production, workers in other processes).
 */
export interface JobOptions {
  /** Jobs of one fairness key are served round-robin against other keys (e.g. a user id). */
  readonly fairnessKey?: string;
  /** Per-job timeout: the caller gets a clear error after this, never a hang. */
  readonly timeoutMs?: number;
  readonly attempts?: number;
  /** Idempotency: a job id already queued or done is not queued twice. */
  readonly jobId?: string;
  /** enqueue() only: the job becomes runnable this long from now (retries with backoff). */
  readonly delayMs?: number;
}

export type JobHandler<TPayload, TResult> = (payload: TPayload) => Promise<TResult>;

export interface JobQueue {
  /** Registers the worker for a queue (in this process). `concurrency` bounds parallel jobs. */
  process<TPayload, TResult>(queue: string, concurrency: number, handler: JobHandler<TPayload, TResult>): void;
  /** Enqueue and wait for the result. Throws QueueFullError, JobTimeoutError or JobFailedError. */
  run<TPayload, TResult>(queue: string, payload: TPayload, options?: JobOptions): Promise<TResult>;
  /** Enqueue without waiting for the result. */
  enqueue<TPayload>(queue: string, payload: TPayload, options?: JobOptions): Promise<void>;
  health(): Promise<{ status: 'up' | 'down'; adapter: string; detail?: string }>;
  close(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

export class QueueFullError extends Error {
  constructor(readonly queue: string, readonly depth: number) {
    super(`Queue ${queue} is full (${depth} jobs waiting); try again shortly`);
    this.name = 'QueueFullError';
  }
}

export class JobTimeoutError extends Error {
  constructor(readonly queue: string, readonly timeoutMs: number) {
    super(`Job on ${queue} did not finish within ${timeoutMs} ms`);
    this.name = 'JobTimeoutError';
  }
}

export class JobFailedError extends Error {
  constructor(readonly queue: string, reason: string) {
    super(`Job on ${queue} failed: ${reason}`);
    this.name = 'JobFailedError';
  }
}
