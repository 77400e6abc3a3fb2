import { JobFailedError, JobQueue, JobTimeoutError, QueueFullError } from '@candor/application/ports/job-queue.port';
import { JobQueueOptions } from '../queue/job-queue.options';

/**
 * What every JobQueue adapter must do, run against each (in-process, Bull on a real Redis). `create` gives
 * a fresh adapter on a fresh store; `cleanup` closes what it created and removes the store's data.
 */
export interface JobQueueHarness {
  create(options?: JobQueueOptions): JobQueue;
  cleanup(): Promise<void>;
}

interface Named {
  name: string;
}

export function jobQueueContract(adapter: string, makeHarness: () => Promise<JobQueueHarness>): void {
  describe(`JobQueue contract: ${adapter}`, () => {
    let harness: JobQueueHarness;
    let queueNumber = 0;
    let queueName: string;

    beforeEach(async () => {
      harness = await makeHarness();
      queueNumber += 1;
      queueName = `contract-${queueNumber}`;
    });
    afterEach(() => harness.cleanup());

    it('runs a job and answers its result, both passed as JSON', async () => {
      const queue = harness.create();
      queue.process<{ n: number; at: Date }, unknown>(queueName, 1, async ({ n, at }) => ({ doubled: n * 2, atType: typeof at, missing: undefined }));

      const result = await queue.run(queueName, { n: 21, at: new Date(0) });

      expect(result).toEqual({ doubled: 42, atType: 'string' });
    });

    it('enqueue returns at once and the job still runs', async () => {
      const queue = harness.create();
      const done = deferred<string>();
      queue.process<Named, void>(queueName, 1, async ({ name }) => done.resolve(name));

      await queue.enqueue(queueName, { name: 'fire-and-forget' });

      await expect(within(done.promise, 5_000)).resolves.toBe('fire-and-forget');
    });

    it('enqueue with delayMs runs the job only once the delay has passed (retries with backoff)', async () => {
      const queue = harness.create();
      const done = deferred<number>();
      queue.process<Named, void>(queueName, 1, async () => done.resolve(Date.now()));
      const queuedAt = Date.now();

      await queue.enqueue(queueName, { name: 'later' }, { delayMs: 400 });

      const ranAt = await within(done.promise, 10_000);
      expect(ranAt - queuedAt).toBeGreaterThanOrEqual(380);
    });

    it('a job queued before any worker exists runs once a worker registers', async () => {
      const queue = harness.create();
      const answer = queue.run<Named, string>(queueName, { name: 'early' }, { timeoutMs: 10_000 });
      await sleep(200);

      queue.process<Named, string>(queueName, 1, async ({ name }) => `handled ${name}`);

      await expect(answer).resolves.toBe('handled early');
    });

    it('runs at most `concurrency` jobs at a time and finishes them all', async () => {
      const queue = harness.create();
      let active = 0;
      let peak = 0;
      queue.process<number, number>(queueName, 2, async (n) => {
        active += 1;
        peak = Math.max(peak, active);
        await sleep(150);
        active -= 1;
        return n;
      });

      const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => queue.run<number, number>(queueName, n)));

      expect(results).toEqual([1, 2, 3, 4, 5, 6]);
      expect(peak).toBe(2);
    });

    it('serves fairness keys round-robin, FIFO within a key', async () => {
      const queue = harness.create();
      const { gate, started, order } = blockingWorker(queue, queueName);
      await queue.enqueue(queueName, { name: 'blocker' }, { fairnessKey: 'z' });
      await within(started.promise, 5_000);

      for (const [name, key] of [['A1', 'a'], ['A2', 'a'], ['A3', 'a'], ['B1', 'b'], ['C1', 'c'], ['B2', 'b']]) {
        await queue.enqueue(queueName, { name }, { fairnessKey: key });
      }
      gate.resolve();

      await waitFor(() => order.length === 7, 10_000);
      expect(order).toEqual(['blocker', 'A1', 'B1', 'C1', 'A2', 'B2', 'A3']);
    });

    it('refuses jobs past the depth limit with QueueFullError, and takes them again once drained', async () => {
      const queue = harness.create({ maxQueued: 2 });
      const { gate, started, order } = blockingWorker(queue, queueName);
      await queue.enqueue(queueName, { name: 'blocker' });
      await within(started.promise, 5_000);
      await queue.enqueue(queueName, { name: 'first' });
      await queue.enqueue(queueName, { name: 'second' });

      const refused = queue.run(queueName, { name: 'third' });
      await expect(refused).rejects.toBeInstanceOf(QueueFullError);
      await expect(queue.enqueue(queueName, { name: 'fourth' })).rejects.toBeInstanceOf(QueueFullError);

      gate.resolve();
      await waitFor(() => order.length === 3, 10_000);
      await expect(queue.run(queueName, { name: 'after' })).resolves.toBe('after');
      expect(order).toEqual(['blocker', 'first', 'second', 'after']);
    });

    it('a caller that waits too long gets JobTimeoutError, and a job still waiting then never runs', async () => {
      const queue = harness.create();
      const { gate, started, order } = blockingWorker(queue, queueName);
      await queue.enqueue(queueName, { name: 'blocker' });
      await within(started.promise, 5_000);

      const startedAt = Date.now();
      await expect(queue.run(queueName, { name: 'impatient' }, { timeoutMs: 300 })).rejects.toBeInstanceOf(JobTimeoutError);
      expect(Date.now() - startedAt).toBeLessThan(2_000);

      gate.resolve();
      await queue.run(queueName, { name: 'later' });
      expect(order).toEqual(['blocker', 'later']);
    });

    it('a caller whose job runs too long gets JobTimeoutError', async () => {
      const queue = harness.create();
      queue.process<number, string>(queueName, 1, async (ms) => {
        await sleep(ms);
        return 'late';
      });

      const startedAt = Date.now();
      await expect(queue.run(queueName, 800, { timeoutMs: 200 })).rejects.toBeInstanceOf(JobTimeoutError);
      expect(Date.now() - startedAt).toBeLessThan(700);
    });

    it('a failing handler gives JobFailedError with its reason; with attempts it is retried', async () => {
      const queue = harness.create();
      const calls = new Map<string, number>();
      queue.process<Named, string>(queueName, 1, async ({ name }) => {
        const call = (calls.get(name) ?? 0) + 1;
        calls.set(name, call);
        if (name === 'always' || call === 1) throw new Error(`bad input ${name}`);
        return `${name} ok on call ${call}`;
      });

      const failed = queue.run(queueName, { name: 'always' });
      await expect(failed).rejects.toBeInstanceOf(JobFailedError);
      await expect(failed).rejects.toThrow(/bad input always/);
      await expect(queue.run(queueName, { name: 'flaky' }, { attempts: 2 })).resolves.toBe('flaky ok on call 2');
      expect(calls.get('always')).toBe(1);
    });

    it('a repeated jobId is not queued twice: every caller gets the one result', async () => {
      const queue = harness.create();
      let calls = 0;
      queue.process<Named, string>(queueName, 2, async ({ name }) => {
        calls += 1;
        await sleep(100);
        return `${name} #${calls}`;
      });

      const [first, second] = await Promise.all([
        queue.run(queueName, { name: 'same' }, { jobId: 'job-1' }),
        queue.run(queueName, { name: 'other payload' }, { jobId: 'job-1' }),
      ]);
      const afterwards = await queue.run(queueName, { name: 'again' }, { jobId: 'job-1' });

      expect(first).toBe('same #1');
      expect(second).toBe('same #1');
      expect(afterwards).toBe('same #1');
      expect(calls).toBe(1);
    });

    it('reports its health', async () => {
      const health = await harness.create().health();

      expect(health.status).toBe('up');
      expect(health.adapter).toBe(adapter);
    });
  });
}

/** A worker (concurrency 1) that records the order it takes jobs in and holds the one named "blocker". */
function blockingWorker(queue: JobQueue, queueName: string) {
  const gate = deferred<void>();
  const started = deferred<void>();
  const order: string[] = [];
  queue.process<Named, string>(queueName, 1, async ({ name }) => {
    order.push(name);
    if (name === 'blocker') {
      started.resolve();
      await gate.promise;
    }
    return name;
  });
  return { gate, started, order };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await sleep(20);
  }
}
