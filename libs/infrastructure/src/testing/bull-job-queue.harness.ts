import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { JobQueue } from '@candor/application/ports/job-queue.port';
import { BullJobQueue, BullJobQueueOptions } from '../queue/bull/bull-job-queue.adapter';
import { JobQueueHarness } from './job-queue.contract';

/** The real Redis the tests use (REDIS_URL: the test setup's own redis-server unless set). */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function freshBullPrefix(): string {
  return `candor-test-${randomUUID().slice(0, 8)}`;
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** Bull adapters on the test Redis under one key prefix; cleanup closes them and removes the prefix's keys. */
export function bullHarness(prefix: string = freshBullPrefix(), defaults: BullJobQueueOptions = {}): JobQueueHarness & { create(options?: BullJobQueueOptions): JobQueue } {
  const created: JobQueue[] = [];
  return {
    create(options: BullJobQueueOptions = {}) {
      const queue = new BullJobQueue(TEST_REDIS_URL, { prefix, lockDurationMs: 2_000, stalledIntervalMs: 1_000, ...defaults, ...options });
      created.push(queue);
      return queue;
    },
    async cleanup() {
      await Promise.all(created.map((queue) => queue.close()));
      await deleteKeys(prefix);
    },
  };
}
