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
});
