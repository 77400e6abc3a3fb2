/**
 * The folded state of recently used streams, by stream id and version, bounded (least recently used out).
 * An entry is a claim, not a fact: the append that uses it is checked against the store's version, and a
 * conflict evicts it. The decider is part of the key: another fold of the same stream is another state.
 */
export interface CachedState {
  readonly owner: object;
  readonly state: unknown;
  readonly version: number;
}

export class AggregateStateCache {
  private readonly entries = new Map<string, CachedState>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(streamId: string, owner: object): CachedState | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.owner !== owner) return undefined;
    // Re-inserting moves it to the young end of the Map's insertion order.
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry;
  }

  set(streamId: string, entry: CachedState): void {
    if (this.capacity <= 0) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  evict(streamId: string): void {
    this.entries.delete(streamId);
  }
}
