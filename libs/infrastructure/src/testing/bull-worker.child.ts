/**
 * A Bull worker in its own process, for fault tests (the parent SIGKILLs it mid-job). Env: REDIS_URL, PREFIX,
 * QUEUE, MODE ("echo" answers {pid, payload}; "hang" never finishes), LOCK_MS. Prints "started <job>" lines.
 */
import { BullJobQueue } from '../queue/bull/bull-job-queue.adapter';

const env = process.env;
const queue = new BullJobQueue(env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
  prefix: env.PREFIX,
  lockDurationMs: Number(env.LOCK_MS ?? 1_000),
  stalledIntervalMs: Number(env.LOCK_MS ?? 1_000),
});
queue.process<unknown, unknown>(env.QUEUE ?? 'crash', 1, async (payload) => {
  process.stdout.write(`started ${JSON.stringify(payload)}\n`);
  if (env.MODE === 'hang') await new Promise(() => undefined);
  return { pid: process.pid, payload };
});
process.stdout.write('ready\n');
