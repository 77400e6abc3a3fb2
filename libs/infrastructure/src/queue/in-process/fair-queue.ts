/**
 * Waiting items grouped by fairness key and served round-robin across keys (FIFO within a key), so one
 * user with many jobs waits behind everyone else's next job instead of starving them.
 */
export class FairQueue<T> {
  // Map iteration order is the rotation: the key served last moves to the back.
  private readonly byKey = new Map<string, T[]>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(key: string, item: T): void {
    const items = this.byKey.get(key);
    if (items) items.push(item);
    else this.byKey.set(key, [item]);
    this.count += 1;
  }

  /** Items waiting under `key`. */
  countFor(key: string): number {
    return this.byKey.get(key)?.length ?? 0;
  }

  /** The next item of the first key in rotation that `eligible` accepts (e.g. one below its concurrency cap). */
  shift(eligible: (key: string) => boolean = () => true): T | undefined {
    for (const [key, items] of this.byKey) {
      if (!eligible(key)) continue;
      const item = items.shift() as T;
      this.byKey.delete(key);
      if (items.length > 0) this.byKey.set(key, items);
      this.count -= 1;
      return item;
    }
    return undefined;
  }

  remove(item: T): boolean {
    for (const [key, items] of this.byKey) {
      const index = items.indexOf(item);
      if (index < 0) continue;
      items.splice(index, 1);
      if (items.length === 0) this.byKey.delete(key);
      this.count -= 1;
      return true;
    }
    return false;
  }

  drain(): T[] {
    const all = [...this.byKey.values()].flat();
    this.byKey.clear();
    this.count = 0;
    return all;
  }
}
