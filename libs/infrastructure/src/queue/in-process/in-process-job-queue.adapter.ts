import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { JobFailedError, JobHandler, JobOptions, JobQueue, JobTimeoutError, QueueFullError } from '@candor/application/ports/job-queue.port';
import { DEFAULT_JOB_TIMEOUT_MS, fairShareOfPlaces, fairShareOfWorkers, JobQueueOptions, maxQueuedFor, reasonOf, viaJson } from '../job-queue.options';
import { FairQueue } from './fair-queue';

interface Job {
  readonly id: string;
  /** Only a caller-chosen id can come again; others are forgotten as soon as they finish. */
  readonly idGiven: boolean;
  readonly payload: unknown;
  readonly attempts: number;
  readonly fairnessKey: string;
  /** Callers waiting in run(); a waiting job nobody waits for any more is dropped. */
  waiters: number;
  state: 'waiting' | 'running' | 'done';
  readonly completion: Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface QueueState {
  handler: JobHandler<unknown, unknown> | null;
  concurrency: number;
  readonly running: Set<Promise<void>>;
  /** Workers held: running jobs minus those waiting in run() for another job (they hold none meanwhile). */
  busy: number;
  /** Workers held per fairness key: one key may hold at most half the workers (at least one). */
  readonly runningByKey: Map<string, number>;
  readonly waiting: FairQueue<Job>;
  /** Jobs by id: waiting, running, and recently done ones with a caller-chosen id (so it is not queued twice). */
  readonly byId: Map<string, Job>;
}

/**
 * A running job as its handler's async context sees it: `waits` counts its run() calls still waiting, `holding`
 * whether it holds its worker now (not while it waits), `done` whether its handler has ended (a run() it left
 * behind unawaited then neither lends nor takes back anything).
 */
interface RunningJob {
  readonly state: QueueState;
  readonly queue: string;
  readonly key: string;
  waits: number;
  holding: boolean;
  done: boolean;
}

/** How long close() lets running handlers finish. */
const CLOSE_WAIT_MS = 10_000;
/** Jobs without a fairness key are the server's own (scoring, re-queued work): bounded by their workers only. */
const SERVER_KEY = '';

/** How many finished caller-chosen job ids (and their results) each queue remembers. */
const REMEMBERED_DONE = 100;

/**
 * The embedded JobQueue: jobs wait in memory and run in this process, at most `concurrency` at a time per
 * queue, round-robin across fairness keys. A fair share per key (a user; not the server's own jobs): at most
 * half the workers running (at least one) and a quarter of the queue's depth waiting, so one user's long
 * runs leave workers and places for everyone else. A job waiting in run() for another job (a child) holds no
 * worker meanwhile, so a parent never blocks the child it waits for. Nothing survives a restart; production
 * uses the Bull adapter.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly queues = new Map<string, QueueState>();
  /** The job whose handler is running in this async context: run() from inside it is a parent waiting for a child. */
  private readonly currentJob = new AsyncLocalStorage<RunningJob>();
  private readonly delayed = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: JobQueueOptions = {}) {}

  process<TPayload, TResult>(queue: string, concurrency: number, handler: JobHandler<TPayload, TResult>): void {
    const state = this.state(queue);
    if (state.handler) throw new Error(`queue ${queue} already has a worker in this process`);
    state.handler = handler as JobHandler<unknown, unknown>;
    state.concurrency = Math.max(1, Math.floor(concurrency));
    this.pump(queue, state);
  }

  async run<TPayload, TResult>(queue: string, payload: TPayload, options: JobOptions = {}): Promise<TResult> {
    const job = this.submit(queue, payload, options);
    job.waiters += 1;
    const parent = this.currentJob.getStore();
    const lending = parent !== undefined && !parent.done;
    // A parent waiting for a child gives its worker and its key's share back meanwhile: held, they could be the
    // very places the child needs (the same user's cap, or every worker of the queue), and neither would ever move.
    if (lending) this.lend(parent);
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new JobTimeoutError(queue, timeoutMs)), timeoutMs);
    });
    try {
      return (await Promise.race([job.completion, timeout])) as TResult;
    } finally {
      clearTimeout(timer);
      if (lending) this.takeBack(parent);
      job.waiters -= 1;
      if (job.waiters === 0 && job.state === 'waiting') this.drop(queue, job);
    }
  }

  async enqueue<TPayload>(queue: string, payload: TPayload, options: JobOptions = {}): Promise<void> {
    if (!options.delayMs || options.delayMs <= 0) {
      this.submit(queue, payload, options);
      return;
    }
    if (this.closed) throw new JobFailedError(queue, 'the queue is closed');
    // A delayed job lives in this process only (as every in-process job); close() drops it.
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      if (!this.closed) this.submit(queue, payload, { ...options, delayMs: 0 });
    }, options.delayMs);
    timer.unref();
    this.delayed.add(timer);
  }

  async health(): Promise<{ status: 'up' | 'down'; adapter: string; detail?: string }> {
    if (this.closed) return { status: 'down', adapter: 'in-process', detail: 'closed' };
    const counts = [...this.queues].map(([name, s]) => `${name}: ${s.running.size} running, ${s.waiting.length} waiting`);
    return { status: 'up', adapter: 'in-process', detail: counts.join('; ') || 'no queues yet' };
  }

  /**
   * Refuses new jobs, fails the waiting ones, and lets running handlers finish for up to CLOSE_WAIT_MS: a
   * shutdown must end even when a handler waits on work that the closed queue will never run.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    const running: Promise<void>[] = [];
    for (const [name, state] of this.queues) {
      for (const job of state.waiting.drain()) this.finish(state, job, () => job.reject(new JobFailedError(name, 'the queue was closed')));
      running.push(...state.running);
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_WAIT_MS);
      timer.unref();
    });
    await Promise.race([Promise.allSettled(running), waited]);
    clearTimeout(timer);
  }

  private submit(queue: string, payload: unknown, options: JobOptions): Job {
    if (this.closed) throw new JobFailedError(queue, 'the queue is closed');
    const state = this.state(queue);
    const existing = options.jobId ? state.byId.get(options.jobId) : undefined;
    if (existing) return existing;
    const max = maxQueuedFor(this.options, queue);
    if (state.waiting.length >= max) throw new QueueFullError(queue, state.waiting.length);
    const key = options.fairnessKey ?? '';
    if (key !== SERVER_KEY && state.waiting.countFor(key) >= fairShareOfPlaces(max)) throw new QueueFullError(queue, state.waiting.countFor(key));

    let resolve!: (value: unknown) => void;
    let reject!: (error: Error) => void;
    const completion = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    completion.catch(() => undefined); // enqueue()d jobs have no caller to observe a failure
    const job: Job = {
      id: options.jobId ?? randomUUID(),
      idGiven: options.jobId !== undefined,
      payload: viaJson(payload),
      attempts: Math.max(1, options.attempts ?? 1),
      fairnessKey: options.fairnessKey ?? '',
      waiters: 0,
      state: 'waiting',
      completion,
      resolve,
      reject,
    };
    state.byId.set(job.id, job);
    state.waiting.push(job.fairnessKey, job);
    this.pump(queue, state);
    return job;
  }

  private pump(queue: string, state: QueueState): void {
    const cap = fairShareOfWorkers(state.concurrency);
    while (state.handler && state.busy < state.concurrency && state.waiting.length > 0) {
      const job = state.waiting.shift((key) => key === SERVER_KEY || (state.runningByKey.get(key) ?? 0) < cap);
      if (!job) return;
      job.state = 'running';
      const key = job.fairnessKey;
      this.hold(state, key);
      const handler = state.handler;
      const running: RunningJob = { state, queue, key, waits: 0, holding: true, done: false };
      const execution = this.currentJob
        .run(running, () => this.execute(queue, state, handler, job))
        .finally(() => {
          state.running.delete(execution);
          running.done = true;
          if (running.holding) this.release(queue, state, key);
        });
      state.running.add(execution);
    }
  }

  /** A job takes a worker and a place in its key's share (a parent back from waiting may briefly exceed both). */
  private hold(state: QueueState, key: string): void {
    state.busy += 1;
    state.runningByKey.set(key, (state.runningByKey.get(key) ?? 0) + 1);
  }

  private lend(parent: RunningJob): void {
    parent.waits += 1;
    if (!parent.holding) return;
    parent.holding = false;
    this.release(parent.queue, parent.state, parent.key);
  }

  private takeBack(parent: RunningJob): void {
    parent.waits -= 1;
    if (parent.waits > 0 || parent.done || parent.holding) return;
    parent.holding = true;
    this.hold(parent.state, parent.key);
  }

  private release(queue: string, state: QueueState, key: string): void {
    state.busy -= 1;
    const left = (state.runningByKey.get(key) ?? 1) - 1;
    if (left > 0) state.runningByKey.set(key, left);
    else state.runningByKey.delete(key);
    this.pump(queue, state);
  }

  private async execute(queue: string, state: QueueState, handler: JobHandler<unknown, unknown>, job: Job): Promise<void> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= job.attempts; attempt += 1) {
      try {
        // A handler that throws synchronously fails its job like one that rejects.
        const result = viaJson(await Promise.resolve().then(() => handler(viaJson(job.payload))));
        this.finish(state, job, () => job.resolve(result));
        return;
      } catch (error) {
        lastError = error;
      }
    }
    this.finish(state, job, () => job.reject(new JobFailedError(queue, reasonOf(lastError))));
  }

  private drop(queue: string, job: Job): void {
    const state = this.state(queue);
    if (state.waiting.remove(job)) this.finish(state, job, () => job.reject(new JobFailedError(queue, 'nobody waits for it any more')));
    state.byId.delete(job.id);
  }

  private finish(state: QueueState, job: Job, settle: () => void): void {
    job.state = 'done';
    settle();
    state.byId.delete(job.id);
    if (!job.idGiven) return;
    // Re-insert so the map's order is completion order, then forget the oldest finished ids past the cap.
    state.byId.set(job.id, job);
    let done = [...state.byId.values()].filter((known) => known.state === 'done').length;
    for (const [id, known] of state.byId) {
      if (done <= REMEMBERED_DONE) break;
      if (known.state !== 'done') continue;
      state.byId.delete(id);
      done -= 1;
    }
  }

  private state(queue: string): QueueState {
    let state = this.queues.get(queue);
    if (!state) {
      state = { handler: null, concurrency: 1, running: new Set(), busy: 0, runningByKey: new Map(), waiting: new FairQueue<Job>(), byId: new Map() };
      this.queues.set(queue, state);
    }
    return state;
  }
}
