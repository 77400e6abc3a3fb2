import { JobQueue } from '@candor/application/ports/job-queue.port';
import { CODE_EXECUTION_QUEUE } from '@candor/application/code-execution/code-execution.job';
import { SandboxConfig } from '../sandbox/sandbox-config';
import type { BullJobQueueOptions } from './bull/bull-job-queue.adapter';
import { InProcessJobQueue } from './in-process/in-process-job-queue.adapter';
import { JobQueueOptions } from './job-queue.options';

/** The composition root's choice: Bull on Redis when REDIS_URL is set (workers may be other processes), else in-process. */
export function createJobQueue(redisUrl: string | null, options: BullJobQueueOptions = {}): JobQueue {
  if (!redisUrl) return new InProcessJobQueue(options);
  // Bull (and Redis's client) loaded only when configured: the embedded mode starts without them.
  const { BullJobQueue } = require('./bull/bull-job-queue.adapter') as typeof import('./bull/bull-job-queue.adapter');
  return new BullJobQueue(redisUrl, options);
}

/** Queue settings that come from the sandbox config (the code-execution queue's depth limit). */
export function jobQueueOptionsFrom(config: SandboxConfig): JobQueueOptions {
  return { maxQueuedByQueue: { [CODE_EXECUTION_QUEUE]: config.queueMax } };
}
