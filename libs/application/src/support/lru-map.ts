/** An entry and whether it was used since the eviction sweep last passed it. */
interface Slot<V> {
  value: V;
  used: boolean;
}

/**
 * A Map bounded to `capacity` entries that keeps the entries in use and lets the others go (second-chance LRU):
 * a read only marks its entry used (no reordering, so a hit costs one lookup); when a new entry would pass the bound the
 * sweep looks at the oldest entries, moving a used one to the young end (unmarked) and evicting the first unused
 * one. For caches in front of a store (the store stays the truth).
 */
export class LruMap<K, V> {
  private readonly slots = new Map<K, Slot<V>>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.slots.size;
  }

  get(key: K): V | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    slot.used = true;
    return slot.value;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      slot.value = value;
      slot.used = true;
      return;
    }
    // room first, so the entry being written is never the one evicted
    while (this.slots.size >= this.capacity) this.evictOne();
    this.slots.set(key, { value, used: false });
  }

  delete(key: K): void {
    this.slots.delete(key);
  }

  clear(): void {
    this.slots.clear();
  }

  /** Evicts the oldest entry not used since the sweep last passed it; the used ones it passes get another round. */
  private evictOne(): void {
    for (const [key, slot] of this.slots) {
      this.slots.delete(key);
      if (!slot.used) return;
      slot.used = false;
      this.slots.set(key, slot);
    }
  }
}
