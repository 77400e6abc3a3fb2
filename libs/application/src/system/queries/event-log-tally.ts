import { LogPosition, START_POSITION } from '@candor/contracts';
import { EventStore } from '../../ports/event-store.port';

const BATCH = 2000;

/**
 * Counts the events of the log by type, reading only what was appended since the last count. The event
 * store port has no count, and positions are opaque (not a count on every adapter), so this is the portable way.
 * One tally per process: the first call reads the whole log, later ones only the new events.
 */
export class EventLogTally {
  private position: LogPosition = START_POSITION;
  private total = 0;
  private readonly byType = new Map<string, number>();
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly events: EventStore) {}

  async count(): Promise<{ total: number; position: LogPosition; byType: Record<string, number> }> {
    // Serialised: two concurrent callers must not count the same batch twice.
    this.running = this.running.then(() => this.catchUp());
    await this.running;
    return { total: this.total, position: this.position, byType: Object.fromEntries([...this.byType.entries()].sort()) };
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const batch = await this.events.readAll({ after: this.position, maxCount: BATCH });
      for (const event of batch) {
        this.byType.set(event.type, (this.byType.get(event.type) ?? 0) + 1);
        this.total += 1;
        this.position = event.position;
      }
      if (batch.length < BATCH) return;
    }
  }
}
