import { randomUUID } from 'node:crypto';
import { MemoryRateLimitStore, RateLimitStore } from './rate-limit-store';
import { RedisRateLimitStore } from './redis-rate-limit-store';
import { requireRedis } from '@candor/testing/system-packages';

function rateLimitStoreContract(name: string, make: () => RateLimitStore) {
  describe(`${name} rate-limit store`, () => {
    let store: RateLimitStore;
    beforeEach(() => {
      store = make();
    });
    afterEach(async () => store.close());

    it('counts hits per key within a window and reports when it resets', async () => {
      const key = randomUUID();
      const first = await store.hit(key, 60);
      const second = await store.hit(key, 60);
      expect([first.count, second.count]).toEqual([1, 2]);
      expect(second.resetAt).toBeGreaterThan(Date.now() / 1000 + 58);
      expect((await store.hit(randomUUID(), 60)).count).toBe(1);
    });

    it('opens a new window once the old one has passed', async () => {
      const key = randomUUID();
      await store.hit(key, 1);
      await store.hit(key, 1);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await store.hit(key, 1)).count).toBe(1);
    });
  });
}

rateLimitStoreContract('memory', () => new MemoryRateLimitStore());
describe('against Redis (REDIS_URL: the test setup starts its own)', () => {
  requireRedis();
  rateLimitStoreContract('redis', () => new RedisRateLimitStore(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'));
});
