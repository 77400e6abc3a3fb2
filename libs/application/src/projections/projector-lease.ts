import { ReadStore } from '../ports/read-store.port';

export const LEASES_COLLECTION = '_leases';
const LEASE_ID = 'projector';

export interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: string;
  acquiredAt: string;
}

/** Another runner (or a rebuild) holds the projector lease. */
export class LeaseHeldError extends Error {
  constructor(readonly holder: LeaseDocument) {
    super(`Another projector holds the lease (owner ${holder.owner}, until ${holder.expiresAt}); stop it first`);
    this.name = 'LeaseHeldError';
  }
}

export interface ProjectorLeaseOptions {
  readonly ttlMs?: number;
  /** True when the holder is known to be dead (e.g. a killed process on this host): its lease is taken over. */
  readonly holderIsGone?: (owner: string) => boolean;
  readonly now?: () => number;
}

/**
 * One projector at a time: a document in the read store with an owner and an expiry, renewed while the
 * runner lives. Acquiring is a compare-and-set (take it when free, expired, ours or its holder is gone);
 * every batch the runner writes is guarded by it (see ProjectionRunner), so a runner that lost it writes nothing.
 */
export class ProjectorLease {
  readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: ReadStore,
    readonly owner: string,
    private readonly options: ProjectorLeaseOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 15_000;
    this.now = options.now ?? Date.now;
  }

  /** The filter that matches the lease only while this owner holds it. */
  get guard(): { collection: string; filter: Record<string, unknown> } {
    return { collection: LEASES_COLLECTION, filter: { _id: LEASE_ID, owner: this.owner } };
  }

  holder(): Promise<LeaseDocument | null> {
    return this.leases().findOne({ _id: LEASE_ID });
  }

  /** Takes the lease if it is free, expired, already ours or its holder is gone; else answers the holder. */
  async tryAcquire(): Promise<LeaseDocument | null> {
    const now = this.now();
    const fields = { owner: this.owner, expiresAt: iso(now + this.ttlMs) };
    const held = await this.leases().updateOne(
      { _id: LEASE_ID, $or: [{ owner: this.owner }, { expiresAt: { $lte: iso(now) } }] },
      { $set: fields },
    );
    if (held.matched > 0) return null;
    const holder = await this.holder();
    if (!holder) {
      try {
        await this.leases().insertOne({ _id: LEASE_ID, ...fields, acquiredAt: iso(now) });
        return null;
      } catch (error) {
        if (!/duplicate key/i.test((error as Error).message)) throw error;
        return (await this.holder()) ?? { _id: LEASE_ID, owner: 'unknown', expiresAt: iso(now), acquiredAt: iso(now) };
      }
    }
    if (this.options.holderIsGone?.(holder.owner)) {
      const taken = await this.leases().updateOne({ _id: LEASE_ID, owner: holder.owner }, { $set: { ...fields, acquiredAt: iso(now) } });
      if (taken.matched > 0) return null;
    }
    return holder;
  }

  /** Waits up to `waitMs` for the lease (polling), then refuses with LeaseHeldError. */
  async acquire(waitMs: number): Promise<void> {
    const deadline = this.now() + waitMs;
    for (;;) {
      const holder = await this.tryAcquire();
      if (!holder) return;
      if (this.now() >= deadline) throw new LeaseHeldError(holder);
      await new Promise((r) => setTimeout(r, Math.min(1000, this.ttlMs / 3, Math.max(10, deadline - this.now()))));
    }
  }

  /** Extends the lease; false when it is no longer ours. */
  async renew(): Promise<boolean> {
    const result = await this.leases().updateOne(this.guard.filter, { $set: { expiresAt: iso(this.now() + this.ttlMs) } });
    return result.matched > 0;
  }

  async release(): Promise<void> {
    await this.leases().deleteOne(this.guard.filter);
  }

  private leases() {
    return this.store.collection<LeaseDocument>(LEASES_COLLECTION);
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
