import { LogPosition, RecordedEvent } from '@candor/contracts';
import { Subscription } from '@candor/application';

/**
 * Catch-up-then-live subscription over a pull source: read batches after the last delivered position
 * until empty, then sleep until woken (new append or poll tick). Because it always reads strictly after
 * the last delivered position, the switch from catch-up to live has no gap and no duplicate.
 */
export class LiveSubscription implements Subscription {
  private stopped = false;
  private wakeUp: (() => void) | null = null;

  constructor(
    private position: LogPosition,
    private readonly readAfter: (position: LogPosition) => Promise<RecordedEvent[]>,
    private readonly listen: (wake: () => void) => () => void,
    private readonly onStop: () => void,
  ) {}

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    this.onStop();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let signalled = false;
    const wake = () => {
      signalled = true;
      this.wakeUp?.();
    };
    const unlisten = this.listen(wake);
    try {
      while (!this.stopped) {
        signalled = false;
        const batch = await this.readAfter(this.position);
        for (const event of batch) {
          if (this.stopped) return;
          this.position = event.position;
          yield event;
        }
        if (batch.length > 0) {
          // A synchronous source (SQLite) resolves every read at once: without a turn of the event loop between
          // batches, a long catch-up would starve timers, I/O and signal handlers (SIGTERM) until it ends.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        if (this.stopped) continue;
        if (!signalled) {
          await new Promise<void>((resolve) => {
            this.wakeUp = resolve;
          });
          this.wakeUp = null;
        }
      }
    } finally {
      unlisten();
    }
  }
}
