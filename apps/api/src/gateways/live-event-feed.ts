import { LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import type { EventStore } from '@candor/application';
import { CheckpointedSubscription } from '@candor/application/subscriptions/checkpointed-subscription';
import type { WsLogger } from './ws-connection';

export type LiveEventListener = (event: RecordedEvent) => void | Promise<void>;

/** 200 ms doubling up to 10 s. */
const RETRY_BACKOFF_MS = [200, 400, 800, 1600, 3200, 6400, 10_000];

/**
 * The one subscription of this API process to the global log, from its head at start (only new events),
 * fanned out to listeners by stream. Every instance relays what any instance (or the projector, or a job
 * worker) appended, so a client sees the same messages whichever instance it is connected to.
 * Events are handed to listeners strictly in log order; a failing listener is logged and skipped. Its checkpoint
 * lives in memory only (a restarted process relays from the head again): an interrupted subscription resumes
 * after the last event relayed, so nothing is relayed twice or skipped.
 */
export class LiveEventFeed {
  private readonly byStream = new Map<string, Set<LiveEventListener>>();
  private readonly everything = new Set<LiveEventListener>();
  private lastPosition: LogPosition | null = null;
  private after: LogPosition = START_POSITION;
  private readonly feed: CheckpointedSubscription;

  constructor(
    private readonly events: EventStore,
    private readonly logger: WsLogger,
  ) {
    const relay = this;
    this.feed = new CheckpointedSubscription(
      events,
      {
        get resumeAfter() {
          return relay.after;
        },
        // Nothing to write: the checkpoint is the last event relayed.
        batchMax: Number.MAX_SAFE_INTEGER,
        take: async (event) => {
          this.after = this.lastPosition = event.position;
          await this.deliver(event);
        },
        commit: async () => undefined,
        discard: () => undefined,
      },
      { name: 'live event feed', log: (level, message, fields) => logger.entry(level, message, fields), backoffMs: RETRY_BACKOFF_MS },
    );
  }

  /** The position of the last event relayed (null before the first). */
  get position(): LogPosition | null {
    return this.lastPosition;
  }

  async start(): Promise<void> {
    if (this.feed.running) return;
    this.after = await this.events.headPosition();
    this.feed.start();
  }

  async stop(): Promise<void> {
    await this.feed.stop();
  }

  /** Events of one stream (e.g. `interview-<id>`). Returns the unsubscribe function. */
  listen(streamId: string, listener: LiveEventListener): () => void {
    let listeners = this.byStream.get(streamId);
    if (!listeners) this.byStream.set(streamId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.byStream.get(streamId) === listeners) this.byStream.delete(streamId);
    };
  }

  /** Every event (the listener filters). Returns the unsubscribe function. */
  listenAll(listener: LiveEventListener): () => void {
    this.everything.add(listener);
    return () => this.everything.delete(listener);
  }

  private async deliver(event: RecordedEvent): Promise<void> {
    const listeners = [...(this.byStream.get(event.streamId) ?? []), ...this.everything];
    for (const listener of listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.entry('error', 'live event listener failed', { eventId: event.id, type: event.type, error: String(error) });
      }
    }
  }
}
