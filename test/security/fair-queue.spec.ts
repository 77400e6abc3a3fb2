import { QueueFullError } from '@candor/application/ports/job-queue.port';
import { InProcessJobQueue } from '@candor/infrastructure/queue/in-process/in-process-job-queue.adapter';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Finding 5: one user's long runs neither make another wait for a worker nor fill the queue against them. */
describe('security: fair code-execution queue', () => {
  let queue: InProcessJobQueue;

  beforeEach(() => {
    queue = new InProcessJobQueue({ maxQueued: 8 });
    queue.process<{ ms: number }, string>('runs', 2, async ({ ms }) => {
      await sleep(ms);
      return 'done';
    });
  });
  afterEach(async () => queue.close());

  it('a second user is served at once while the first holds long runs', async () => {
    const long = [queue.run('runs', { ms: 2_000 }, { fairnessKey: 'alice', timeoutMs: 30_000 }), queue.run('runs', { ms: 2_000 }, { fairnessKey: 'alice', timeoutMs: 30_000 })];
    await sleep(50);
    const started = Date.now();
    await expect(queue.run('runs', { ms: 10 }, { fairnessKey: 'bob', timeoutMs: 30_000 })).resolves.toBe('done');
    expect(Date.now() - started).toBeLessThan(1_000);
    await Promise.all(long);
  });

  it('one user flooding the queue is refused past a fair share; another still gets in', async () => {
    const flood: Promise<unknown>[] = [];
    let refused = 0;
    for (let i = 0; i < 10; i += 1) {
      flood.push(
        queue.run('runs', { ms: 300 }, { fairnessKey: 'alice', timeoutMs: 30_000 }).catch((error) => {
          if (error instanceof QueueFullError) refused += 1;
          else throw error;
        }),
      );
    }
    await sleep(20);
    expect(refused).toBeGreaterThan(0);
    await expect(queue.run('runs', { ms: 10 }, { fairnessKey: 'bob', timeoutMs: 30_000 })).resolves.toBe('done');
    await Promise.all(flood);
  });

  it("the server's own jobs (no fairness key) keep every worker and the whole queue", async () => {
    const started = Date.now();
    await Promise.all(Array.from({ length: 8 }, () => queue.run('runs', { ms: 200 }, { timeoutMs: 30_000 })));
    expect(Date.now() - started).toBeLessThan(1_600);
  });
});
