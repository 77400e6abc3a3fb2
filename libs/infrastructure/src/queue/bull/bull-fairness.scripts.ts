/**
 * Fairness for the Bull adapter, kept in Redis so every process (callers and workers) sees the same state.
 *
 * Order: round-robin across fairness keys on top of Bull's priorities. `counts` holds how many jobs each key
 * has waiting and `members` which key each waiting job belongs to. A new job gets priority 1 + its key's
 * waiting count, so Bull's list orders them A1 B1 C1 A2 B2 ... (FIFO within equal priority). A job leaves
 * the count when a worker takes it or a caller withdraws it; releasing twice is a no-op.
 *
 * Share: a key may have at most half the workers' places (at least one) in Bull's waiting and active lists
 * together (`slots`, per key; `admitted`, job id -> key). Workers publish their concurrency in `workers`
 * (a heartbeat with an expiry); the cap is half their sum. A job past its key's share is parked: added to
 * Bull as delayed (by its own timeout, the safety net) and listed in the key's `parked` list; when one of the
 * key's jobs finishes, its place passes to the key's oldest parked job, which is then promoted. The same
 * user's long runs thus leave workers to everyone else. Every hash expires, so state left by a lost
 * process heals by itself.
 */
export interface FairnessKeys {
  readonly counts: string;
  readonly members: string;
  readonly slots: string;
  readonly admitted: string;
  readonly workers: string;
  /** Prefix of the per-key parked lists (`${parked}${fairnessKey}`). */
  readonly parked: string;
  /** Bull's own sorted set of delayed jobs (where parked jobs wait). */
  readonly delayed: string;
}

export function fairnessKeys(prefix: string, queue: string): FairnessKeys {
  const base = `${prefix}:${queue}:fair`;
  return {
    counts: `${base}:counts`,
    members: `${base}:members`,
    slots: `${base}:slots`,
    admitted: `${base}:admitted`,
    workers: `${base}:workers`,
    parked: `${base}:parked:`,
    delayed: `${prefix}:${queue}:delayed`,
  };
}

/**
 * KEYS: counts, members. ARGV: fairness key, job id, ttl ms, the most jobs one key may have waiting (0: no limit).
 * Returns the job's priority, or -1 when the key already has its share of waiting places (a job id already
 * counted is not counted twice).
 */
export const FAIR_ADD = `
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then
  return tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '1')
end
local limit = tonumber(ARGV[4])
if limit > 0 and tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') >= limit then return -1 end
local waiting = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return waiting
`;

/** KEYS: counts, members. ARGV: job id, parked-list prefix. A job taken by a worker or withdrawn stops waiting. */
export const FAIR_RELEASE = `
local key = redis.call('HGET', KEYS[2], ARGV[1])
if not key then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('HINCRBY', KEYS[1], key, -1) <= 0 then redis.call('HDEL', KEYS[1], key) end
redis.call('LREM', ARGV[2] .. key, 0, ARGV[1])
return 1
`;

/**
 * KEYS: slots, admitted, workers. ARGV: fairness key, job id, ttl ms, parked-list prefix, "1" to park the job
 * when its key has no place left. Returns 1 when the job has a place (now or already), 0 when not.
 */
export const FAIR_ADMIT = `
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then return 1 end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local workers = 0
local entries = redis.call('HGETALL', KEYS[3])
for i = 1, #entries, 2 do
  local concurrency, expires = string.match(entries[i + 1], '^(%d+)|(%d+)$')
  if concurrency and tonumber(expires) > now then workers = workers + tonumber(concurrency)
  else redis.call('HDEL', KEYS[3], entries[i]) end
end
local share = math.max(1, math.ceil(workers / 2))
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') < share then
  redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
  redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
  return 1
end
if ARGV[5] == '1' then
  redis.call('RPUSH', ARGV[4] .. ARGV[1], ARGV[2])
  redis.call('PEXPIRE', ARGV[4] .. ARGV[1], ARGV[3])
end
return 0
`;

/**
 * KEYS: slots, admitted, Bull's delayed set. ARGV: job id, parked-list prefix. A job that finished (or a parent
 * that waits for a child) gives its place back; the place passes to its key's oldest parked job still delayed.
 * Returns { fairness key or "", id of the job to promote or "" }.
 */
export const FAIR_RELEASE_SLOT = `
local key = redis.call('HGET', KEYS[2], ARGV[1])
if not key then return { '', '' } end
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('HINCRBY', KEYS[1], key, -1) <= 0 then redis.call('HDEL', KEYS[1], key) end
while true do
  local next = redis.call('LPOP', ARGV[2] .. key)
  if not next then return { key, '' } end
  if redis.call('ZSCORE', KEYS[3], next) then
    redis.call('HINCRBY', KEYS[1], key, 1)
    redis.call('HSET', KEYS[2], next, key)
    return { key, next }
  end
end
`;

/** KEYS: slots, admitted. ARGV: fairness key, job id. A parent back from waiting for its child takes its place again (even past the share). */
export const FAIR_REHOLD = `
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
return 1
`;

/** KEYS: workers. ARGV: worker instance id, concurrency, ttl ms. Expiry by Redis's clock, so hosts' clocks do not matter. */
export const FAIR_HEARTBEAT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. string.format('%.0f', now + tonumber(ARGV[3])))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;
