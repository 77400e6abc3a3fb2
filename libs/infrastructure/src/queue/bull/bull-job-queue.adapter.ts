import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import Bull from 'bull';
import { JobFailedError, JobHandler, JobOptions, JobQueue, JobTimeoutError, QueueFullError } from '@candor/application/ports/job-queue.port';
import { DEFAULT_JOB_TIMEOUT_MS, fairShareOfPlaces, JobQueueOptions, maxQueuedFor, reasonOf } from '../job-queue.options';
import { FAIR_ADD, FAIR_ADMIT, FAIR_HEARTBEAT, FAIR_RELEASE, FAIR_RELEASE_SLOT, FAIR_REHOLD, fairnessKeys } from './bull-fairness.scripts';

export interface BullJobQueueOptions extends JobQueueOptions {
  /** Redis key prefix (default "candor"). */
  readonly prefix?: string;
  /** A worker holds an active job's lock this long, renewing it while alive; a dead worker's lock lapses. */
  readonly lockDurationMs?: number;
  /** How often workers look for jobs whose lock lapsed (their worker died) and put them back. */
  readonly stalledIntervalMs?: number;
  /** How many times such a job is put back before it fails (the caller then gets JobFailedError). */
  readonly maxStalledCount?: number;
  readonly onWorkerError?: (queue: string, error: Error) => void;
}

/**
 * Finished jobs stay in Redis a while, so a caller whose job finished before it started listening, or a repeated
 * jobId, still finds the result; bounded, since a result may be large (a program's output).
 */
const KEEP_COMPLETED = { age: 3600, count: 100 };
const KEEP_FAILED = { age: 24 * 3600, count: 100 };
const HEALTH_TIMEOUT_MS = 2_000;
/** Adding a job takes milliseconds when Redis is there; past this, enqueue() reports it could not queue. */
const ENQUEUE_DEADLINE_MS = 5_000;
const CLOSE_TIMEOUT_MS = 2_000;
/** Workers renew their published concurrency this often; an entry not renewed for WORKER_TTL_MS no longer counts. */
const WORKER_HEARTBEAT_MS = 5_000;
const WORKER_TTL_MS = 15_000;
/** A parent's release or retake of its place takes milliseconds when Redis is there; it never delays the child past this. */
const FAIRNESS_DEADLINE_MS = 2_000;

/** A job whose handler runs in this async context: its run() calls are a parent waiting for children. */
interface RunningJob {
  readonly queue: string;
  readonly id: string;
  waits: number;
  /** The fairness key whose place it gave back while waiting ("" when it held none). */
  releasedKey: string;
  /** Its handler has ended: a run() it left behind unawaited gives nothing back and takes nothing. */
  done: boolean;
}

/**
 * JobQueue on Bull 4 (Redis): any process may run() or enqueue(); any process that calls process() is a
 * worker. Fairness (see bull-fairness.scripts.ts): each job's Bull priority is 1 + the number of jobs its
 * fairness key already has waiting, so the waiting list interleaves keys round-robin; a key holds at most
 * half of all workers' places and a quarter of the waiting places, like the in-process adapter; a job
 * waiting in run() for a child gives its key's place back meanwhile. A worker that dies mid-job loses its lock; another
 * worker puts the job back (up to maxStalledCount times) and the caller gets its result, or JobFailedError,
 * or at worst JobTimeoutError: never a hang.
 */
export class BullJobQueue implements JobQueue {
  private readonly queues = new Map<string, Bull.Queue>();
  private readonly prefix: string;
  private readonly instanceId = randomUUID();
  /** Heartbeat timers of the queues this process works on, by queue name. */
  private readonly heartbeats = new Map<string, NodeJS.Timeout>();
  private readonly currentJob = new AsyncLocalStorage<RunningJob>();
  private closed = false;

  constructor(
    private readonly redisUrl: string,
    private readonly options: BullJobQueueOptions = {},
  ) {
    this.prefix = options.prefix ?? 'candor';
  }

  process<TPayload, TResult>(queue: string, concurrency: number, handler: JobHandler<TPayload, TResult>): void {
    const bull = this.queue(queue);
    const keys = fairnessKeys(this.prefix, queue);
    const workers = Math.max(1, Math.floor(concurrency));
    // Callers size each key's share from the workers' published concurrency (see FAIR_ADMIT).
    const heartbeat = () => bull.client.eval(FAIR_HEARTBEAT, 1, keys.workers, this.instanceId, String(workers), String(WORKER_TTL_MS)).catch(() => undefined);
    void heartbeat();
    const timer = setInterval(heartbeat, WORKER_HEARTBEAT_MS);
    timer.unref();
    clearInterval(this.heartbeats.get(queue));
    this.heartbeats.set(queue, timer);
    // A job that completed, or failed for good (not one put back for a retry), gives its key's place back.
    bull.on('completed', (job: Bull.Job) => void this.releasePlace(queue, String(job.id)));
    bull.on('failed', (job: Bull.Job) => {
      job
        .isFailed()
        .then((final) => (final ? this.releasePlace(queue, String(job.id)) : undefined))
        .catch(() => undefined);
    });
    bull
      .process(workers, async (job: Bull.Job<TPayload>) => {
        // Best effort: a lost release only skews this key's next priorities until the counts expire.
        await bull.client.eval(FAIR_RELEASE, 2, keys.counts, keys.members, String(job.id), keys.parked).catch(() => undefined);
        const running: RunningJob = { queue, id: String(job.id), waits: 0, releasedKey: '', done: false };
        try {
          return await this.currentJob.run(running, () => handler(job.data));
        } finally {
          running.done = true;
        }
      })
      .catch((error: Error) => this.options.onWorkerError?.(queue, error));
  }

  async run<TPayload, TResult>(queue: string, payload: TPayload, options: JobOptions = {}): Promise<TResult> {
    const store = this.currentJob.getStore();
    const parent = store && !store.done ? store : null;
    // A parent waiting for a child gives its key's place back meanwhile: held, it could be the very place the child needs.
    // Bounded: with Redis unreachable the child's own deadline must still hold.
    if (parent && (parent.waits += 1) === 1) parent.releasedKey = (await withDeadline(this.releasePlace(parent.queue, parent.id), FAIRNESS_DEADLINE_MS)) ?? '';
    try {
      return await this.runJob<TPayload, TResult>(queue, payload, options);
    } finally {
      if (parent && (parent.waits -= 1) === 0 && parent.releasedKey && !parent.done) {
        const key = parent.releasedKey;
        parent.releasedKey = '';
        await withDeadline(this.rehold(parent.queue, parent.id, key), FAIRNESS_DEADLINE_MS);
      }
    }
  }

  private async runJob<TPayload, TResult>(queue: string, payload: TPayload, options: JobOptions): Promise<TResult> {
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    // One deadline for everything, adding included: with Redis unreachable, ioredis would queue the add for long.
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const adding = this.add(queue, payload, options);
      const added = await Promise.race([adding.then((job) => ({ job })), timeout]);
      if (added === 'timeout') {
        adding.then((job) => this.withdraw(queue, job)).catch(() => undefined);
        throw new JobTimeoutError(queue, timeoutMs);
      }
      const outcome = await Promise.race([added.job.finished().then((value: TResult) => ({ value })), timeout]);
      if (outcome === 'timeout') {
        await this.withdraw(queue, added.job);
        throw new JobTimeoutError(queue, timeoutMs);
      }
      return outcome.value;
    } catch (error) {
      if (error instanceof JobTimeoutError || error instanceof QueueFullError) throw error;
      throw new JobFailedError(queue, reasonOf(error));
    } finally {
      clearTimeout(timer);
    }
  }

  async enqueue<TPayload>(queue: string, payload: TPayload, options: JobOptions = {}): Promise<void> {
    // Bounded like run(): with Redis unreachable ioredis holds the add in its offline queue indefinitely.
    const deadlineMs = Math.min(options.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS, ENQUEUE_DEADLINE_MS);
    let timer: NodeJS.Timeout | undefined;
    const adding = this.add(queue, payload, options);
    try {
      const added = await Promise.race([
        adding,
        new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), deadlineMs);
        }),
      ]);
      if (added === 'timeout') {
        // If it lands later, take it back: the caller was told it was not queued.
        adding.then((job) => this.withdraw(queue, job)).catch(() => undefined);
        throw new JobFailedError(queue, `could not queue the job within ${deadlineMs} ms (is Redis reachable?)`);
      }
    } catch (error) {
      if (error instanceof QueueFullError || error instanceof JobFailedError) throw error;
      throw new JobFailedError(queue, reasonOf(error));
    } finally {
      clearTimeout(timer);
    }
  }

  async health(): Promise<{ status: 'up' | 'down'; adapter: string; detail?: string }> {
    try {
      const client = this.queue('health').client;
      let timer: NodeJS.Timeout | undefined;
      const pong = await Promise.race([
        client.ping(),
        new Promise<string>((resolve) => {
          timer = setTimeout(() => resolve('no answer'), HEALTH_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      return pong === 'PONG' ? { status: 'up', adapter: 'bull' } : { status: 'down', adapter: 'bull', detail: `redis: ${pong}` };
    } catch (error) {
      return { status: 'down', adapter: 'bull', detail: reasonOf(error) };
    }
  }

  async close(): Promise<void> {
    const worked = [...this.heartbeats.keys()];
    for (const timer of this.heartbeats.values()) clearInterval(timer);
    this.heartbeats.clear();
    // This process's workers stop counting towards the shares at once (best effort: the entry expires anyway).
    await Promise.allSettled(
      worked.map((name) => withDeadline(this.queue(name).client.hdel(fairnessKeys(this.prefix, name).workers, this.instanceId), CLOSE_TIMEOUT_MS)),
    );
    this.closed = true;
    const queues = [...this.queues.values()];
    this.queues.clear();
    // Bull's close waits for Redis to acknowledge; with Redis down that is forever: give up and disconnect.
    let timer: NodeJS.Timeout | undefined;
    const closing = Promise.allSettled(queues.map((queue) => queue.close()));
    const timedOut = await Promise.race([
      closing.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), CLOSE_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      for (const queue of queues) {
        for (const client of (queue as unknown as { clients: { disconnect(): void }[] }).clients ?? []) client.disconnect();
      }
    }
  }

  private async add(queue: string, payload: unknown, options: JobOptions): Promise<Bull.Job> {
    const bull = this.queue(queue);
    if (options.jobId) {
      const existing = await bull.getJob(options.jobId);
      if (existing) return existing;
    }
    const max = maxQueuedFor(this.options, queue);
    const waiting = await bull.count();
    if (waiting >= max) throw new QueueFullError(queue, waiting);
    const id = options.jobId ?? randomUUID();
    const keys = fairnessKeys(this.prefix, queue);
    const key = options.fairnessKey ?? '';
    const jobTimeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    const ttlMs = String(2 * jobTimeoutMs + 3_600_000);
    const placeLimit = key ? fairShareOfPlaces(max) : 0;
    const priority = Number(await bull.client.eval(FAIR_ADD, 2, keys.counts, keys.members, key, id, ttlMs, String(placeLimit)));
    if (priority < 0) throw new QueueFullError(queue, placeLimit);
    const bullOptions: Bull.JobOptions = {
      jobId: id,
      priority,
      attempts: Math.max(1, options.attempts ?? 1),
      timeout: options.timeoutMs,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
    // The server's own jobs, and delayed ones (retries), take no place in a key's share.
    if (!key || (options.delayMs && options.delayMs > 0)) {
      return bull.add(payload, { ...bullOptions, ...(options.delayMs && options.delayMs > 0 ? { delay: options.delayMs } : {}) });
    }
    const admit = (park: boolean) => bull.client.eval(FAIR_ADMIT, 3, keys.slots, keys.admitted, keys.workers, key, id, ttlMs, keys.parked, park ? '1' : '0');
    if (Number(await admit(false)) === 1) {
      try {
        return await bull.add(payload, bullOptions);
      } catch (error) {
        await this.releasePlace(queue, id);
        throw error;
      }
    }
    // Parked: delayed until a place of its key frees up (its own timeout is the safety net, should the promotion be lost).
    const job = await bull.add(payload, { ...bullOptions, delay: jobTimeoutMs });
    // A place may have freed between the two checks, with no parked job to hand it to: take it.
    if (Number(await admit(true)) === 1) await job.promote().catch(() => undefined);
    return job;
  }

  /** Gives a job's place in its key's share back and promotes the key's next parked job; answers the key ("" if it held none). */
  private async releasePlace(queue: string, id: string): Promise<string> {
    try {
      const bull = this.queue(queue);
      const keys = fairnessKeys(this.prefix, queue);
      const [key, next] = (await bull.client.eval(FAIR_RELEASE_SLOT, 3, keys.slots, keys.admitted, keys.delayed, id, keys.parked)) as [string, string];
      if (next) await (await bull.getJob(next))?.promote().catch(() => undefined);
      return key;
    } catch {
      // Redis unreachable or the queue closed: the hashes expire, and a parked job runs when its delay ends.
      return '';
    }
  }

  private async rehold(queue: string, id: string, key: string): Promise<void> {
    try {
      const keys = fairnessKeys(this.prefix, queue);
      await this.queue(queue).client.eval(FAIR_REHOLD, 2, keys.slots, keys.admitted, key, id);
    } catch {
      // as in releasePlace
    }
  }

  /** A caller gave up: a job still waiting is removed so it does not run for nobody. */
  private async withdraw(queue: string, job: Bull.Job): Promise<void> {
    try {
      const current = await this.queue(queue).getJob(job.id);
      if (current && ((await current.isWaiting()) || (await current.isDelayed()))) {
        await current.remove();
        const keys = fairnessKeys(this.prefix, queue);
        await this.queue(queue).client.eval(FAIR_RELEASE, 2, keys.counts, keys.members, String(job.id), keys.parked);
        await this.releasePlace(queue, String(job.id));
      }
    } catch {
      // a worker took it meanwhile: it runs, and its result is kept for a later caller with the same jobId
    }
  }

  private queue(name: string): Bull.Queue {
    // After close, a late withdraw or add must not open fresh connections that nobody closes.
    if (this.closed) throw new Error('the queue is closed');
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Bull(name, this.redisUrl, {
        prefix: this.prefix,
        settings: {
          lockDuration: this.options.lockDurationMs ?? 15_000,
          stalledInterval: this.options.stalledIntervalMs ?? 5_000,
          maxStalledCount: this.options.maxStalledCount ?? 1,
        },
      });
      queue.on('error', (error) => this.options.onWorkerError?.(name, error));
      this.queues.set(name, queue);
    }
    return queue;
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
