import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { JobFailedError, JobTimeoutError, QueueFullError } from '@candor/application/ports/job-queue.port';
import { BullJobQueue } from '@candor/infrastructure/queue/bull/bull-job-queue.adapter';
import { freePort } from '../support/server-process';
import { requireSystemPackages } from '@candor/testing/system-packages';

/**
 * Fault test (Bull adapter): Redis stops while jobs are queued, then comes back on the same port.
 * - Redis with an append-only file (fsync always): the queued jobs survive the outage; every caller gets its
 *   own job's result after Redis returns, and each job ran exactly once.
 * - Redis without persistence: the queued jobs are gone with it. The honest outcome is a clear failure for
 *   their callers (JobTimeoutError / JobFailedError) within their deadline: never a hang, never a success for
 *   a job that did not run. The queue then works again for new jobs.
 */
interface RedisProcess {
  child: ChildProcess;
  exited: Promise<unknown>;
}

const REDIS_BIN = process.env.REDIS_SERVER_BIN ?? 'redis-server';

async function startRedis(port: number, dir: string, persistent: boolean): Promise<RedisProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir, '--daemonize', 'no'];
  args.push(...(persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']));
  const child = spawn(REDIS_BIN, args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const deadline = Date.now() + 10_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') break;
      } catch {
        probe.disconnect();
      }
      if (Date.now() > deadline) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    probe.disconnect();
  }
  return { child, exited };
}

async function stopRedis(redis: RedisProcess, signal: NodeJS.Signals): Promise<void> {
  if (redis.child.exitCode === null && redis.child.signalCode === null) redis.child.kill(signal);
  await redis.exited;
}

const waitUntil = async (condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

type Settled = { n: number; ok: true; value: { n: number; doubled: number } } | { n: number; ok: false; error: unknown };

requireSystemPackages('redis-server');

describe('Bull job queue across a Redis outage', () => {
  let dir: string;
  let port: number;
  let redis: RedisProcess | null = null;
  const queues: BullJobQueue[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-redis-'));
    port = await freePort();
  });
  afterEach(async () => {
    await Promise.allSettled(queues.splice(0).map((q) => q.close()));
    if (redis) await stopRedis(redis, 'SIGKILL');
    redis = null;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A caller-side queue and a worker-side queue (as in two processes), the worker recording every run. */
  function harness() {
    const url = `redis://127.0.0.1:${port}`;
    const options = { prefix: 'outage', lockDurationMs: 2_000, stalledIntervalMs: 500, maxStalledCount: 1 };
    const caller = new BullJobQueue(url, options);
    const worker = new BullJobQueue(url, options);
    queues.push(caller, worker);
    const ran: number[] = [];
    const startWorker = () =>
      worker.process<{ n: number }, { n: number; doubled: number }>('work', 2, async ({ n }) => {
        ran.push(n);
        await new Promise((r) => setTimeout(r, 20));
        return { n, doubled: n * 2 };
      });
    const waiting = async () => {
      const probe = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
      try {
        return await probe.llen('outage:work:wait');
      } finally {
        probe.disconnect();
      }
    };
    return { caller, worker, ran, startWorker, waiting };
  }

  function settle(promise: Promise<{ n: number; doubled: number }>, n: number): Promise<Settled> {
    return promise.then(
      (value) => ({ n, ok: true as const, value }),
      (error: unknown) => ({ n, ok: false as const, error }),
    );
  }

  it('with an append-only Redis, jobs queued before the outage complete after it returns, each exactly once', async () => {
    redis = await startRedis(port, dir, true);
    const { caller, ran, startWorker, waiting } = harness();
    const jobs = Array.from({ length: 8 }, (_, n) => settle(caller.run('work', { n }, { timeoutMs: 20_000 }), n));
    await waitUntil(async () => (await waiting()) >= 8, 5_000, 'the jobs to be queued');

    await stopRedis(redis, 'SIGKILL'); // an abrupt stop: only what was fsynced to the append-only file survives
    await new Promise((r) => setTimeout(r, 300)); // the clients see the outage
    redis = await startRedis(port, dir, true);
    startWorker();

    const outcomes = await Promise.all(jobs);
    expect(outcomes.filter((o) => !o.ok).map((o) => String((o as { error: unknown }).error))).toEqual([]);
    for (const o of outcomes) expect(o).toEqual({ n: o.n, ok: true, value: { n: o.n, doubled: o.n * 2 } });
    expect([...ran].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  }, 30_000);

  it('with a Redis that loses its data, callers of the lost jobs get a clear failure in time, and new jobs run', async () => {
    redis = await startRedis(port, dir, false);
    const { caller, ran, startWorker, waiting } = harness();
    const startedAt = Date.now();
    const lost = Array.from({ length: 5 }, (_, n) => settle(caller.run('work', { n }, { timeoutMs: 3_000 }), n));
    await waitUntil(async () => (await waiting()) >= 5, 5_000, 'the jobs to be queued');

    await stopRedis(redis, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    redis = await startRedis(port, dir, false);
    startWorker();

    const outcomes = await Promise.all(lost);
    expect(Date.now() - startedAt).toBeLessThan(3_000 + 2_000); // bounded by the callers' deadline, no hang
    for (const o of outcomes) {
      // A success must be a job that really ran; with the data gone none can have.
      if (o.ok) expect(ran).toContain(o.n);
      else expect(o.error instanceof JobTimeoutError || o.error instanceof JobFailedError || o.error instanceof QueueFullError).toBe(true);
    }
    expect(outcomes.filter((o) => o.ok)).toEqual([]);
    expect(ran).toEqual([]);

    // The queue recovered: a job queued now runs.
    expect(await caller.run('work', { n: 42 }, { timeoutMs: 10_000 })).toEqual({ n: 42, doubled: 84 });
    expect(ran).toEqual([42]);
  }, 30_000);

  it('while Redis is down, a new job is refused with a clear error within its deadline', async () => {
    redis = await startRedis(port, dir, false);
    const { caller, startWorker } = harness();
    startWorker();
    expect(await caller.run('work', { n: 1 }, { timeoutMs: 5_000 })).toEqual({ n: 1, doubled: 2 });
    await stopRedis(redis, 'SIGKILL');
    redis = null;

    const startedAt = Date.now();
    const refused = await settle(caller.run('work', { n: 2 }, { timeoutMs: 1_000 }), 2);
    expect(Date.now() - startedAt).toBeLessThan(2_500);
    expect(refused.ok).toBe(false);
    const error = (refused as { error: unknown }).error;
    expect(error instanceof JobTimeoutError || error instanceof JobFailedError).toBe(true);
    const enqueueStartedAt = Date.now();
    const enqueued = await Promise.race([
      caller.enqueue('work', { n: 3 }, { timeoutMs: 1_000 }).then(() => 'queued', (e: unknown) => e),
      new Promise((r) => setTimeout(() => r('still waiting after 5 s'), 5_000)),
    ]);
    expect(enqueued).toBeInstanceOf(JobFailedError);
    expect(Date.now() - enqueueStartedAt).toBeLessThan(2_500);

    // Redis back: the queue serves again, and closes cleanly.
    redis = await startRedis(port, dir, false);
    expect(await caller.run('work', { n: 4 }, { timeoutMs: 10_000 })).toEqual({ n: 4, doubled: 8 });
  }, 30_000);
});
