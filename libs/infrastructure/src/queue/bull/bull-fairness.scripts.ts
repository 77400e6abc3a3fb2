/**
 * Round-robin across fairness keys on top of Bull's priorities. Redis keeps, per queue, how many jobs each
 * fairness key has waiting (`counts`) and which key each waiting job belongs to (`members`). A new job gets
 * priority 1 + its key's waiting count, so Bull's list orders them A1 B1 C1 A2 B2 ... (FIFO within equal
 * priority). A job leaves the count when a worker takes it or a caller withdraws it; releasing twice is a
 * no-op. Both hashes expire, so counts left behind by a lost job heal by themselves.
 */
export function fairnessKeys(prefix: string, queue: string): { counts: string; members: string } {
  return { counts: `${prefix}:${queue}:fair:counts`, members: `${prefix}:${queue}:fair:members` };
}

/** KEYS: counts, members. ARGV: fairness key, job id, ttl ms. Returns the job's priority (a job id already counted is not counted twice). */
export const FAIR_ADD = `
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then
  return tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '1')
end
local waiting = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return waiting
`;

/** KEYS: counts, members. ARGV: job id. */
export const FAIR_RELEASE = `
local key = redis.call('HGET', KEYS[2], ARGV[1])
if not key then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('HINCRBY', KEYS[1], key, -1) <= 0 then redis.call('HDEL', KEYS[1], key) end
return 1
`;
