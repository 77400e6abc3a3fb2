/** A row of the events table as reads fetch it: position first, then the columns of an insert, in their order. */
export type RawEventRow = [number, string, string, number, string, string, string, string, string, string];

/**
 * The last rows this store committed, contiguous in log order and bounded (the oldest go first). A subscription
 * woken by a commit reads the tail of the log from here instead of from the file: rows with no gap between them
 * and no other writer's row missing among them, as a query would return them. A row that does not follow the
 * last one kept (another process committed in between) starts the kept range again at that row; a read after
 * the last row kept is not answered here (another process may have committed since: see `endsAt`).
 */
export class RecentEvents {
  private rows: RawEventRow[] = [];
  /** The position just before the first row kept. */
  private start = 0;

  constructor(private readonly capacity: number) {}

  /** Rows just committed, in position order. */
  add(rows: readonly RawEventRow[]): void {
    for (const row of rows) {
      if (row[0] !== this.last() + 1) {
        this.rows = [];
        this.start = row[0] - 1;
      }
      this.rows.push(row);
    }
    const excess = this.rows.length - this.capacity;
    if (excess > 0) {
      this.start = this.rows[excess - 1][0];
      this.rows = this.rows.slice(excess);
    }
  }

  /** Up to `maxCount` rows after `position`, or null when the rows right after it are not all kept here. */
  after(position: number, maxCount: number): RawEventRow[] | null {
    if (position < this.start || position >= this.last()) return null;
    const from = position - this.start;
    return this.rows.slice(from, from + maxCount);
  }

  /** Whether `position` is that of the last row kept: what this store committed last. */
  endsAt(position: number): boolean {
    return this.rows.length > 0 && position === this.last();
  }

  private last(): number {
    return this.rows.length > 0 ? this.rows[this.rows.length - 1][0] : this.start;
  }
}
