import { jobQueueContract } from '../../testing/job-queue.contract';
import { inProcessHarness } from '../../testing/in-process-job-queue.harness';
import { InProcessJobQueue } from './in-process-job-queue.adapter';

jobQueueContract('in-process', async () => inProcessHarness());

describe('InProcessJobQueue: a parent job waiting for a child', () => {
  it('holds no worker meanwhile: with a single worker, the child it waits for still runs', async () => {
    const queue = new InProcessJobQueue();
    try {
      queue.process<string, string>('nested', 1, async (name) => {
        if (name !== 'parent') return name;
        return `parent got ${await queue.run<string, string>('nested', 'child', { timeoutMs: 3_000 })}`;
      });

      await expect(queue.run('nested', 'parent', { timeoutMs: 10_000 })).resolves.toBe('parent got child');
    } finally {
      await queue.close();
    }
  });

  it('a child left running unawaited when its parent ends does not free a worker twice', async () => {
    const queue = new InProcessJobQueue();
    let active = 0;
    let peak = 0;
    try {
      queue.process<string, string>('nested', 1, async (name) => {
        if (name === 'parent') {
          void queue.run('nested', 'orphan', { timeoutMs: 5_000 }).catch(() => undefined);
          return name;
        }
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 100));
        active -= 1;
        return name;
      });

      await queue.run('nested', 'parent', { timeoutMs: 5_000 });
      await Promise.all(['a', 'b', 'c'].map((name) => queue.run('nested', name, { timeoutMs: 5_000 })));

      expect(peak).toBe(1);
    } finally {
      await queue.close();
    }
  });
});
