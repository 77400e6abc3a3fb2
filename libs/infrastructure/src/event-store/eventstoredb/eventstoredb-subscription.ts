import { AllStreamResolvedEvent, AllStreamSubscription, EventStoreDBClient, excludeSystemEvents, START } from '@eventstore/db-client';
import { comparePositions, LogPosition, RecordedEvent } from '@candor/contracts';
import { Subscription } from '@candor/application';
import { fromEsdbEvent, isStart, isSystemEventType, parseEsdbPosition } from './eventstoredb.mapping';

const STOPPED = Symbol('stopped');

/**
 * EventStoreDB's catch-up subscription to $all (the server switches from catch-up to live without gap or
 * duplicate) as our async-iterable Subscription. The gRPC stream opens when iteration starts; stop() ends a
 * pending `next()` at once instead of waiting for the cancelled call to wind down.
 */
export class EventStoreDbSubscription implements Subscription {
  private stopped = false;
  private source: AllStreamSubscription | null = null;
  private signalStop: () => void = () => undefined;
  private readonly stopSignal = new Promise<typeof STOPPED>((resolve) => {
    this.signalStop = () => resolve(STOPPED);
  });

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly after: LogPosition,
    private readonly onStop: () => void,
  ) {}

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.signalStop();
    this.onStop();
    await this.release();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.stopped) return;
    const source = this.client.subscribeToAll({
      fromPosition: isStart(this.after) ? START : parseEsdbPosition(this.after),
      filter: excludeSystemEvents(),
    });
    this.source = source;
    const events = source[Symbol.asyncIterator]() as AsyncIterator<AllStreamResolvedEvent>;
    try {
      while (!this.stopped) {
        const pending = events.next();
        // Abandoned when stop() wins the race; it then rejects as the stream is torn down, harmlessly.
        pending.catch(() => undefined);
        const next = await Promise.race([pending, this.stopSignal]);
        if (next === STOPPED || next.done) return;
        const event = next.value.event;
        if (!event || isSystemEventType(event.type)) continue;
        const recorded = fromEsdbEvent(event);
        // The server starts after `fromPosition`; checked here too so a resumed consumer never sees its checkpoint again.
        if (!isStart(this.after) && comparePositions(recorded.position, this.after) <= 0) continue;
        yield recorded;
      }
    } catch (error) {
      if (!this.stopped) throw error;
    } finally {
      this.onStop();
      await this.release();
    }
  }

  private async release(): Promise<void> {
    const source = this.source;
    if (!source) return;
    this.source = null;
    // A subscription whose connection never came up has nothing to cancel; its error is the consumer's to see.
    await source.unsubscribe().catch(() => undefined);
    source.destroy();
  }
}
