import { jobQueueFairnessContract } from '@candor/infrastructure/testing/job-queue-fairness.contract';
import { inProcessHarness } from '@candor/infrastructure/testing/in-process-job-queue.harness';
import { bullHarness } from '@candor/infrastructure/testing/bull-job-queue.harness';
import { requireRedis } from '@candor/testing/system-packages';

/**
 * Finding 5 (fair queue), the same tests against both adapters: the embedded in-process queue and Bull on a real
 * Redis (production, workers in other processes). One user's long runs neither make another wait for a worker
 * nor fill the queue against them, and a job waiting for its own child is not deadlocked by its user's share.
 */
requireRedis();

jobQueueFairnessContract('in-process', async () => inProcessHarness());
jobQueueFairnessContract('bull', async () => bullHarness());
