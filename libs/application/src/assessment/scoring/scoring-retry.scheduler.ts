import { JobQueue } from '../../ports/job-queue.port';

/** Waits before each new attempt of a failed scoring: quick at first, then every ten minutes. */
export const SCORING_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 30_000, 120_000, 600_000];

export interface RetryLogger {
  entry(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Queues a failed scoring again after a backoff, until it succeeds. Each attempt has its own job id (the
 * queue runs a job id once). Timers do not survive a restart: the reactor re-queues what is still
 * `scoring_failed` when it starts.
 */
export class ScoringRetryScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly queue: JobQueue,
    private readonly enqueueScoring: (queue: JobQueue, interviewId: string, jobId: string) => Promise<void>,
    private readonly delays: readonly number[] = SCORING_RETRY_DELAYS_MS,
    private readonly logger: RetryLogger | null = null,
  ) {}

  delayFor(attempt: number): number {
    return this.delays[Math.min(Math.max(attempt, 1), this.delays.length) - 1];
  }

  schedule(interviewId: string, attempt: number): void {
    clearTimeout(this.timers.get(interviewId));
    const timer = setTimeout(() => {
      this.timers.delete(interviewId);
      this.enqueueScoring(this.queue, interviewId, `retry-${attempt}`).catch((error) =>
        this.logger?.entry('warn', 'scoring retry not queued', { interviewId, attempt, error: String(error) }),
      );
    }, this.delayFor(attempt));
    timer.unref();
    this.timers.set(interviewId, timer);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
