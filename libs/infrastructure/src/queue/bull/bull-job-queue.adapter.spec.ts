import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { JobFailedError, JobTimeoutError } from '@candor/application/ports/job-queue.port';
import { jobQueueContract, waitFor } from '../../testing/job-queue.contract';
import { bullHarness, freshBullPrefix, TEST_REDIS_URL } from '../../testing/bull-job-queue.harness';
import { requireRedis } from '@candor/testing/system-packages';
import { BullJobQueue } from './bull-job-queue.adapter';

/** Runs against the real Redis (REDIS_URL: the test setup's own redis-server unless set), each test under its own key prefix. */
requireRedis();
const REDIS_URL = TEST_REDIS_URL;
const ROOT = join(__dirname, '..', '..', '..', '..', '..');

// First in the file: ioredis keeps a 2 s timer after closing a client that never connected.
describe('BullJobQueue with Redis unreachable', () => {
  it('gives callers an error within their timeout instead of hanging, and reports itself down', async () => {
    const queue = new BullJobQueue('redis://127.0.0.1:1', { prefix: 'candor-test-down' });
    try {
      const startedAt = Date.now();
      await expect(queue.run('down', { n: 1 }, { timeoutMs: 800 })).rejects.toBeInstanceOf(JobTimeoutError);
      expect(Date.now() - startedAt).toBeLessThan(2_000);
      expect(await queue.health()).toMatchObject({ status: 'down', adapter: 'bull' });
    } finally {
      await queue.close();
    }
  });
});

jobQueueContract('bull', async () => bullHarness());

interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  exited: Promise<unknown>;
}

/** A Bull worker in its own process (see testing/bull-worker.child.ts). */
function startWorker(prefix: string, queue: string, mode: 'echo' | 'hang'): WorkerProcess {
  const child = spawn(process.execPath, ['-r', './test/support/ts-register.js', 'libs/infrastructure/src/testing/bull-worker.child.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', REDIS_URL, PREFIX: prefix, QUEUE: queue, MODE: mode, LOCK_MS: '1000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, lines, exited };
}

describe('BullJobQueue with workers in other processes', () => {
  let prefix: string;
  let harness: ReturnType<typeof bullHarness>;
  const workers: WorkerProcess[] = [];

  beforeEach(() => {
    prefix = freshBullPrefix();
    harness = bullHarness(prefix, { lockDurationMs: 1_000, stalledIntervalMs: 500 });
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await harness.cleanup();
  });

  it('a worker in another process answers a caller in this one', async () => {
    const worker = startWorker(prefix, 'remote', 'echo');
    workers.push(worker);
    const caller = harness.create();

    const result = await caller.run<{ n: number }, { pid: number; payload: unknown }>('remote', { n: 7 }, { timeoutMs: 20_000 });

    expect(result).toEqual({ pid: worker.child.pid, payload: { n: 7 } });
  });

  it('a worker SIGKILLed mid-job does not lose the request: the job goes back and another worker finishes it', async () => {
    const doomed = startWorker(prefix, 'crash', 'hang');
    workers.push(doomed);
    const caller = harness.create();
    const answer = caller.run<{ n: number }, { pid: number; payload: unknown }>('crash', { n: 1 }, { timeoutMs: 25_000 });
    await waitFor(() => doomed.lines.some((line) => line.startsWith('started')), 20_000);

    doomed.child.kill('SIGKILL');
    await doomed.exited;
    harness.create().process<unknown, unknown>('crash', 1, async (payload) => ({ pid: process.pid, payload }));

    await expect(answer).resolves.toEqual({ pid: process.pid, payload: { n: 1 } });
  });

  it('a killed worker whose job may not be retried fails the caller cleanly with JobFailedError', async () => {
    const doomed = startWorker(prefix, 'crash', 'hang');
    workers.push(doomed);
    const caller = harness.create();
    const answer = caller.run('crash', { n: 2 }, { timeoutMs: 25_000 });
    await waitFor(() => doomed.lines.some((line) => line.startsWith('started')), 20_000);

    doomed.child.kill('SIGKILL');
    await doomed.exited;
    let ranAgain = false;
    harness.create({ maxStalledCount: 0 }).process('crash', 1, async () => {
      ranAgain = true;
    });

    await expect(answer).rejects.toBeInstanceOf(JobFailedError);
    await expect(answer).rejects.toThrow(/stalled/);
    expect(ranAgain).toBe(false);
  });
});
