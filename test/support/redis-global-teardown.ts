import { rmSync } from 'node:fs';
import type { StartedRedis } from './redis-global-setup';

/** Jest global teardown: stops the redis-server the global setup started, if it started one. */
export default async function redisGlobalTeardown(): Promise<void> {
  const holder = globalThis as { __candorRedis?: StartedRedis };
  const redis = holder.__candorRedis;
  if (!redis) return;
  holder.__candorRedis = undefined;
  await stopRedisServer(redis);
}

export async function stopRedisServer(redis: StartedRedis): Promise<void> {
  if (redis.child.exitCode === null && redis.child.signalCode === null) {
    const exited = new Promise((resolve) => redis.child.once('exit', resolve));
    redis.child.kill('SIGTERM');
    const timer = setTimeout(() => redis.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(redis.dir, { recursive: true, force: true });
}
