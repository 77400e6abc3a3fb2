import { JobQueue } from '@candor/application/ports/job-queue.port';
import { InProcessJobQueue } from '../queue/in-process/in-process-job-queue.adapter';
import { JobQueueHarness } from './job-queue.contract';

/** In-process adapters; cleanup closes them (nothing else is kept). */
export function inProcessHarness(): JobQueueHarness {
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
}
