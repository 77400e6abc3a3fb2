import { JobQueue } from '@candor/application/ports/job-queue.port';
import { jobQueueContract } from '../../testing/job-queue.contract';
import { InProcessJobQueue } from './in-process-job-queue.adapter';

jobQueueContract('in-process', async () => {
  const created: JobQueue[] = [];
  return {
    create(options) {
      const queue = new InProcessJobQueue(options);
      created.push(queue);
      return queue;
    },
    async cleanup() {
      await Promise.all(created.map((queue) => queue.close()));
    },
  };
});
