import { JobQueue, QueueFullError } from '@candor/application/ports/job-queue.port';
import { JobQueueHarness, sleep } from './job-queue.contract';

interface Timed {
  readonly name: string;
  readonly ms: number;
}

/**
 * The fair share every JobQueue adapter keeps (issue 10, finding 5), run against each: a fairness key (a user)
 * holds at most half the workers and a quarter of the waiting places, the server's own jobs (no key) are bounded
 * by the workers only, and a job waiting for a child of its own key is not held up by that share.
 */
export function jobQueueFairnessContract(adapter: string, makeHarness: () => Promise<JobQueueHarness>): void {
  describe(`JobQueue fairness: ${adapter}`, () => {
    let harness: JobQueueHarness;
    let queueNumber = 0;
    let queueName: string;

    beforeEach(async () => {
      harness = await makeHarness();
      queueNumber += 1;
      queueName = `fair-${queueNumber}`;
    });
    afterEach(() => harness.cleanup());

    it("one key's long runs leave a worker free: another key's job starts before the first key's second", async () => {
      const queue = harness.create();
      const { started, peakOf } = recordingWorker(queue, queueName, 2);

      const long = [1, 2].map((n) => queue.run(queueName, { name: `alice-${n}`, ms: 1_200 }, { fairnessKey: 'alice', timeoutMs: 30_000 }));
      await sleep(300);
      await expect(queue.run(queueName, { name: 'bob', ms: 10 }, { fairnessKey: 'bob', timeoutMs: 30_000 })).resolves.toBe('bob');
      await Promise.all(long);

      expect(started.indexOf('bob')).toBeLessThan(started.indexOf('alice-2'));
      expect(peakOf('alice')).toBe(1);
    });

    it('one key flooding the queue is refused past its share of places, and another key still gets in', async () => {
      const queue = harness.create({ maxQueued: 8 });
      recordingWorker(queue, queueName, 2);

      const flood = Array.from({ length: 10 }, (_, n) =>
        queue.run(queueName, { name: `alice-${n}`, ms: 300 }, { fairnessKey: 'alice', timeoutMs: 30_000 }).then(
          () => 'ran',
          (error: unknown) => (error instanceof QueueFullError ? 'refused' : Promise.reject(error)),
        ),
      );
      await sleep(100);
      await expect(queue.run(queueName, { name: 'bob', ms: 10 }, { fairnessKey: 'bob', timeoutMs: 30_000 })).resolves.toBe('bob');
      const outcomes = await Promise.all(flood);

      expect(outcomes.filter((o) => o === 'refused').length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o === 'ran').length).toBeGreaterThan(0);
    });

    it("the server's own jobs (no fairness key) use every worker", async () => {
      const queue = harness.create();
      const { peakOf } = recordingWorker(queue, queueName, 2);

      await Promise.all(Array.from({ length: 6 }, (_, n) => queue.run(queueName, { name: `server-${n}`, ms: 200 }, { timeoutMs: 30_000 })));

      expect(peakOf('server')).toBe(2);
    });

    it("a job waiting for a child job of its own key is not held up by the key's share (no deadlock)", async () => {
      const queue = harness.create();
      queue.process<Timed, string>(queueName, 2, async ({ name }) => {
        if (name !== 'parent') return name;
        const child = await queue.run<Timed, string>(queueName, { name: 'child', ms: 0 }, { fairnessKey: 'alice', timeoutMs: 4_000 });
        return `parent got ${child}`;
      });

      await expect(queue.run(queueName, { name: 'parent', ms: 0 }, { fairnessKey: 'alice', timeoutMs: 20_000 })).resolves.toBe('parent got child');
    });
  });
}

/** A worker whose jobs sleep `ms`; it records the order jobs start in and the most running at once per name prefix. */
function recordingWorker(queue: JobQueue, queueName: string, concurrency: number) {
  const started: string[] = [];
  const running = new Map<string, number>();
  const peaks = new Map<string, number>();
  queue.process<Timed, string>(queueName, concurrency, async ({ name, ms }) => {
    const owner = name.split('-')[0];
    started.push(name);
    running.set(owner, (running.get(owner) ?? 0) + 1);
    peaks.set(owner, Math.max(peaks.get(owner) ?? 0, running.get(owner) ?? 0));
    await sleep(ms);
    running.set(owner, (running.get(owner) ?? 1) - 1);
    return name;
  });
  return { started, peakOf: (owner: string) => peaks.get(owner) ?? 0 };
}
