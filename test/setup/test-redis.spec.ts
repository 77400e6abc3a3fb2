import { Redis } from 'ioredis';
import { startRedisServer } from '../support/redis-global-setup';
import { stopRedisServer } from '../support/redis-global-teardown';
import { requireSystemPackages } from '@candor/testing/system-packages';

describe("the tests' own Redis", () => {
  requireSystemPackages('redis-server');

  it('is running for every test file: REDIS_URL is set (by the caller, or by the global setup) and answers', async () => {
    expect(process.env.REDIS_URL).toMatch(/^redis:\/\//);
    const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1 });
    try {
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
  });

  it('the global setup starts redis-server on a free port and the teardown stops it', async () => {
    const started = await startRedisServer();
    const port = Number(new URL(started.url).port);
    expect(port).toBeGreaterThan(0);
    const redis = new Redis(started.url, { maxRetriesPerRequest: 1 });
    expect(await redis.ping()).toBe('PONG');
    redis.disconnect();

    await stopRedisServer(started);
    expect(started.child.exitCode !== null || started.child.signalCode !== null).toBe(true);
    const gone = new Redis(started.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await expect(gone.connect()).rejects.toThrow();
    gone.disconnect();
  });

  it('a redis-server that cannot start is reported at once', async () => {
    await expect(startRedisServer('/nonexistent/redis-server')).rejects.toThrow('cannot start /nonexistent/redis-server');
  });
});
