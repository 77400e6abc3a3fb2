import { LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore, Subscription } from '../ports/event-store.port';
import { ReadStore } from '../ports/read-store.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument } from '../projections/projection';

export interface LogReactorLogger {
  entry(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

const CHECKPOINT_FLUSH_MS = 200;
const RETRY_MS = [100, 500, 1000, 5000];

/**
 * Reacts to the log in order from a saved checkpoint (beside the projections', under `name`): each event is
 * handed to `react`, retried with backoff until it succeeds, and the checkpoint moves past an event only
 * then. A replay after a crash reacts again, so reactions must be idempotent.
 */
export class LogReactor {
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private checkpoint: LogPosition = START_POSITION;
  private saved: LogPosition = START_POSITION;
  private flushTimer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly name: string,
    private readonly events: EventStore,
    private readonly store: ReadStore,
    private readonly react: (event: RecordedEvent) => Promise<void>,
    private readonly logger: LogReactorLogger,
  ) {}

  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    const saved = await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).findOne({ _id: this.name });
    this.checkpoint = this.saved = saved?.position ?? START_POSITION;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.loop;
    this.loop = null;
    // A disk that refuses the write (full, read-only) must not stop the shutdown: the next start reacts again
    // from the last saved checkpoint, which reactions allow (they are idempotent).
    await this.flush().catch((error) => this.logger.entry('error', `${this.name}: saving the checkpoint on stop failed`, { error: String(error) }));
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.subscription = this.events.subscribeToAll(this.checkpoint);
      try {
        for await (const event of this.subscription) {
          await this.reactUntilDone(event);
          if (this.stopping) return;
          this.checkpoint = event.position;
          this.scheduleFlush();
          failures = 0;
        }
      } catch (error) {
        if (this.stopping) return;
        const delay = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
        this.logger.entry('warn', `${this.name}: subscription failed; resubscribing`, { error: String(error), retryInMs: delay });
        await this.pause(delay);
      }
    }
  }

  private async reactUntilDone(event: RecordedEvent): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        await this.react(event);
        return;
      } catch (error) {
        const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
        this.logger.entry('warn', `${this.name}: reaction failed; retrying`, { eventId: event.id, type: event.type, error: String(error), retryInMs: delay });
        await this.pause(delay);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush().catch((error) => this.logger.entry('error', `${this.name}: saving the checkpoint failed`, { error: String(error) }));
    }, CHECKPOINT_FLUSH_MS);
    this.flushTimer.unref();
  }

  private async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.checkpoint === this.saved) return;
    const position = this.checkpoint;
    await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).upsert({ _id: this.name, position, updatedAt: new Date().toISOString() });
    this.saved = position;
  }
}
