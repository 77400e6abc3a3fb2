import { addSeconds, LockoutPolicy, millis } from '@candor/domain';

const MAX_TRACKED = 10_000;

/**
 * Failed logins for names that belong to no account, counted per (login, client) under the same policy as
 * real accounts, so a lockout answer says nothing about whether an email is registered. In memory: a
 * restart forgets them, which only ever lifts such a "lock" early.
 */
export class UnknownLoginFailures {
  private readonly entries = new Map<string, { failures: string[]; lockedUntil: string | null }>();

  constructor(private readonly policy: LockoutPolicy) {}

  lockedForSeconds(login: string, client: string, now: string): number {
    const until = this.entries.get(key(login, client))?.lockedUntil;
    const remaining = until ? millis(until) - millis(now) : 0;
    return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
  }

  record(login: string, client: string, now: string): void {
    const id = key(login, client);
    const entry = this.entries.get(id) ?? { failures: [], lockedUntil: null };
    this.entries.delete(id);
    const windowStart = millis(now) - this.policy.windowSeconds * 1000;
    entry.failures = [...entry.failures.filter((at) => millis(at) > windowStart), now];
    if (this.policy.maxFailures > 0 && entry.failures.length >= this.policy.maxFailures) {
      entry.lockedUntil = addSeconds(now, this.policy.lockoutSeconds);
      entry.failures = [];
    }
    this.entries.set(id, entry);
    // Oldest first in a Map: the least recently failed names are forgotten first.
    while (this.entries.size > MAX_TRACKED) this.entries.delete(this.entries.keys().next().value as string);
  }
}

function key(login: string, client: string): string {
  return `${login.trim().toLowerCase()}\u0000${client}`;
}
