/** S3's "5 WebSocket connections per user", scaled by RATE_LIMIT_SCALE like every HTTP limit (0 = off). */
export const WS_CONNECTIONS_PER_USER = 5;

export function wsConnectionLimit(scale: number): number | null {
  return scale > 0 ? Math.max(1, Math.round(WS_CONNECTIONS_PER_USER * scale)) : null;
}

/**
 * Counts open connections per user in this process. With several API instances each enforces the limit
 * on its own connections (a user pinned to one instance by the load balancer sees exactly the limit).
 */
export class WsConnectionLimiter {
  private readonly open = new Map<string, number>();

  /** `limit` null: no limit. */
  constructor(private readonly limit: number | null) {}

  /** Takes a slot for the user; false when the user already holds `limit` connections. */
  tryAcquire(userId: string): boolean {
    const current = this.open.get(userId) ?? 0;
    if (this.limit !== null && current >= this.limit) return false;
    this.open.set(userId, current + 1);
    return true;
  }

  release(userId: string): void {
    const current = this.open.get(userId) ?? 0;
    if (current <= 1) this.open.delete(userId);
    else this.open.set(userId, current - 1);
  }

  countFor(userId: string): number {
    return this.open.get(userId) ?? 0;
  }
}
