import type Redis from 'ioredis';
import { RateLimitStore } from './rate-limit-store';

// INCR, and open the window (set its expiry) on the first hit; answer the count and the time left.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

/** Shared windows in Redis (one atomic script per hit), so every API instance counts together. */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    // Loaded only when REDIS_URL is set (this store is built only then): the embedded mode starts without it.
    const Client = require('ioredis') as typeof Redis;
    this.redis = new Client(url, { maxRetriesPerRequest: 2 });
  }

  async hit(key: string, windowSeconds: number) {
    const [count, ttlMs] = (await this.redis.eval(HIT, 1, `candor:rl:${key}`, String(windowSeconds * 1000))) as [number, number];
    return { count, resetAt: Date.now() / 1000 + Math.max(0, ttlMs) / 1000 };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
