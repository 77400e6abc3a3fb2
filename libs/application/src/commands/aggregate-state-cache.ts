import { LruMap } from '../support/lru-map';

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
  private readonly entries: LruMap<string, CachedState>;

  constructor(readonly capacity: number) {
    this.entries = new LruMap(capacity);
  }

  get size(): number {
    return this.entries.size;
  }

  get(streamId: string, owner: object): CachedState | undefined {
    const entry = this.entries.get(streamId);
    return entry && entry.owner === owner ? entry : undefined;
  }

  set(streamId: string, entry: CachedState): void {
    this.entries.set(streamId, entry);
  }

  evict(streamId: string): void {
    this.entries.delete(streamId);
  }
}
