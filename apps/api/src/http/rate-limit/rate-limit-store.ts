/**
 * Fixed windows that open at a caller's first request (so a burst never straddles two aligned windows).
 * Memory for one process; Redis when several API instances share the limits.
 */
export interface RateLimitStore {
  /** Counts one hit in the caller's window and returns the count so far and when the window resets (epoch seconds). */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetAt: number }>;
  close(): Promise<void>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private sweeps = 0;

  async hit(key: string, windowSeconds: number) {
    const now = Date.now() / 1000;
    let entry = this.windows.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowSeconds };
      this.windows.set(key, entry);
    }
    entry.count += 1;
    if (++this.sweeps % 1000 === 0) {
      for (const [k, v] of this.windows) if (v.resetAt <= now) this.windows.delete(k);
    }
    return { count: entry.count, resetAt: entry.resetAt };
  }

  async close(): Promise<void> {
    this.windows.clear();
  }
}
