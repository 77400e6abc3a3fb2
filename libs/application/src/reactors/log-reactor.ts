import { LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore } from '../ports/event-store.port';
import { ReadStore } from '../ports/read-store.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument } from '../projections/projection';
import { CheckpointedSubscription } from '../subscriptions/checkpointed-subscription';

export interface LogReactorLogger {
  entry(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

/** Reactions between two checkpoint writes at most (it is also written whenever the log is idle). */
const REACTOR_BATCH_MAX_EVENTS = 100;

/**
 * Reacts to the log in order from a saved checkpoint (beside the projections', under `name`), on the one
 * checkpointed subscription: each event is handed to `react`; a failing reaction is retried with back-off
 * (the subscription resumes right after the last event that succeeded) and the checkpoint moves past an
 * event only once it succeeded. A replay after a crash reacts again, so reactions must be idempotent.
 */
export class LogReactor {
  /** Reacted to (possibly not yet written). */
  private checkpoint: LogPosition = START_POSITION;
  private saved: LogPosition = START_POSITION;
  private readonly feed: CheckpointedSubscription;

  constructor(
    private readonly name: string,
    events: EventStore,
    private readonly store: ReadStore,
    react: (event: RecordedEvent) => Promise<void>,
    private readonly logger: LogReactorLogger,
  ) {
    const reactor = this;
    this.feed = new CheckpointedSubscription(
      events,
      {
        get resumeAfter() {
          return reactor.checkpoint;
        },
        batchMax: REACTOR_BATCH_MAX_EVENTS,
        take: async (event) => {
          await react(event);
          this.checkpoint = event.position;
        },
        commit: () => this.save(),
        // A reaction is done once it returned: nothing taken is forgotten.
        discard: () => undefined,
      },
      { name, log: (level, message, fields) => logger.entry(level, message, fields) },
    );
  }

  async start(): Promise<void> {
    if (this.feed.running) return;
    const saved = await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).findOne({ _id: this.name });
    this.checkpoint = this.saved = saved?.position ?? START_POSITION;
    this.feed.start();
  }

  /** Ends the subscription and writes the checkpoint of the last reaction. */
  async stop(): Promise<void> {
    await this.feed.stop();
    // A disk that refuses the write (full, read-only) must not stop the shutdown: the next start reacts again
    // from the last saved checkpoint, which reactions allow (they are idempotent).
    await this.save().catch((error) => this.logger.entry('error', `${this.name}: saving the checkpoint on stop failed`, { error: String(error) }));
  }

  private async save(): Promise<void> {
    if (this.checkpoint === this.saved) return;
    const position = this.checkpoint;
    await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).upsert({ _id: this.name, position, updatedAt: new Date().toISOString() });
    this.saved = position;
  }
}
