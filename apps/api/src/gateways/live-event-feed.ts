import type { LogPosition, RecordedEvent } from '@candor/contracts';
import type { EventStore, Subscription } from '@candor/application';
import type { WsLogger } from './ws-connection';

export type LiveEventListener = (event: RecordedEvent) => void | Promise<void>;

const RETRY_MIN_MS = 200;
const RETRY_MAX_MS = 10_000;

/**
 * The one subscription of this API process to the global log, from its head at start (only new events),
 * fanned out to listeners by stream. Every instance relays what any instance (or the projector, or a job
 * worker) appended, so a client sees the same messages whichever instance it is connected to.
 * Events are handed to listeners strictly in log order; a failing listener is logged and skipped.
 */
export class LiveEventFeed {
  private readonly byStream = new Map<string, Set<LiveEventListener>>();
  private readonly everything = new Set<LiveEventListener>();
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private stopped = false;
  private wakeRetry: (() => void) | null = null;
  private lastPosition: LogPosition | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly logger: WsLogger,
  ) {}

  /** The position of the last event relayed (null before the first). */
  get position(): LogPosition | null {
    return this.lastPosition;
  }

  async start(): Promise<void> {
    if (this.loop) return;
    const head = await this.events.headPosition();
    this.loop = this.run(head);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeRetry?.();
    await this.subscription?.stop();
    await this.loop;
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

  private async run(from: LogPosition): Promise<void> {
    let after = from;
    let delay = RETRY_MIN_MS;
    while (!this.stopped) {
      try {
        this.subscription = this.events.subscribeToAll(after);
        for await (const event of this.subscription) {
          after = event.position;
          this.lastPosition = event.position;
          delay = RETRY_MIN_MS;
          await this.deliver(event);
        }
        if (this.stopped) return;
      } catch (error) {
        if (this.stopped) return;
        this.logger.entry('warn', 'live event feed interrupted; resubscribing', { after, retryInMs: delay, error: String(error) });
      }
      // Resubscribe after the last delivered event: nothing is relayed twice or skipped.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wakeRetry = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeRetry = null;
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    }
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
