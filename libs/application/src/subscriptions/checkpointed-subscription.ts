import { LogPosition, RecordedEvent } from '@candor/contracts';
import { EventStore, Subscription } from '../ports/event-store.port';

/**
 * What a checkpointed subscription feeds: it takes events one by one into a batch in hand and commits the
 * batch together with its checkpoint. The subscription decides when (batch full, log idle, stop) and what
 * happens on a failure (forget the batch in hand, back off, resubscribe after the checkpoint).
 */
export interface CheckpointedConsumer {
  /** Where a (re)subscription starts, exclusive: every event up to it is done and is not delivered again. */
  readonly resumeAfter: LogPosition;
  /** Events taken before a commit at the latest (a commit also happens whenever the log has nothing more right now). */
  readonly batchMax: number;
  /**
   * Takes one event into the batch in hand. Returns nothing when it had nothing to wait for (most events then
   * cost no promise). Throwing means the event was not taken: it is delivered again after the back-off.
   */
  take(event: RecordedEvent): Promise<void> | void;
  /** Writes the batch in hand and its checkpoint; afterwards `resumeAfter` is the last event taken. */
  commit(): Promise<void>;
  /** After a failure: forgets whatever `resumeAfter` does not cover (it is delivered again). */
  discard(): void;
  /** The log has nothing more right now (called before the commit that follows). */
  caughtUp?(): void;
}

export type SubscriptionLog = (level: 'warn' | 'error', message: string, fields: Record<string, unknown>) => void;

export interface CheckpointedSubscriptionOptions {
  /** Names the subscription in its log lines. */
  readonly name: string;
  readonly log: SubscriptionLog;
  /** Waits before the 1st, 2nd, … resubscription in a row; the last one repeats. */
  readonly backoffMs?: readonly number[];
  /** Errors after which it stops for good instead of resubscribing (a projector that lost its lease). */
  readonly stopsOn?: (error: unknown) => boolean;
}

export const DEFAULT_BACKOFF_MS: readonly number[] = [100, 500, 1000, 5000];
/** Microtask turns to wait for the next event before asking the event loop whether the log has more right now. */
const READY_TURNS = 16;
const NOT_READY = Symbol('not ready');

/**
 * The one loop that follows the global log from a checkpoint: subscribe after the consumer's checkpoint, hand it
 * each event in order, commit a batch when it is full or when the log is idle, and on any failure forget the
 * uncommitted batch, back off and resubscribe after the checkpoint, so no event is skipped. `stop()` ends the
 * subscription, commits the batch in hand and returns once the loop has ended. The projection runner and every
 * log reactor run on it.
 */
export class CheckpointedSubscription {
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  /** Events taken since the last commit. */
  private taken = 0;
  /** Failures since the last commit: picks the back-off. */
  private failures = 0;

  constructor(
    private readonly events: EventStore,
    private readonly consumer: CheckpointedConsumer,
    private readonly options: CheckpointedSubscriptionOptions,
  ) {}

  /** Started and not stopped (it may have stopped itself on a `stopsOn` error). */
  get running(): boolean {
    return this.loop !== null;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.failures = 0;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.loop;
    this.loop = null;
    this.subscription = null;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const subscription = (this.subscription = this.events.subscribeToAll(this.consumer.resumeAfter));
      let failure: unknown = null;
      try {
        await this.consume(subscription);
        if (this.stopping) break;
        failure = new Error('the subscription ended');
      } catch (error) {
        failure = error;
        this.taken = 0;
        this.consumer.discard();
        await subscription.stop().catch(() => undefined);
        if (this.stopping) break;
      }
      if (this.options.stopsOn?.(failure)) {
        this.options.log('error', `${this.options.name}: stopping`, { error: messageOf(failure) });
        break;
      }
      const backoff = this.options.backoffMs ?? DEFAULT_BACKOFF_MS;
      const delay = backoff[Math.min(this.failures, backoff.length - 1)];
      this.failures += 1;
      this.options.log('warn', `${this.options.name}: interrupted; resubscribing after its checkpoint`, {
        error: messageOf(failure),
        after: this.consumer.resumeAfter,
        retryInMs: delay,
      });
      await this.pause(delay);
    }
  }

  /** Hands events over as they come and commits when the batch is full or the log has nothing more right now. */
  private async consume(subscription: Subscription): Promise<void> {
    const iterator = subscription[Symbol.asyncIterator]();
    let next = iterator.next();
    try {
      for (;;) {
        // The next event of a page in hand settles within a few microtask turns: only otherwise is the event loop
        // asked (one setImmediate) whether the log has more right now; if not, the batch in hand is committed first.
        let result = await settledSoon(next);
        if (result === NOT_READY) {
          result = await Promise.race([next, new Promise<typeof NOT_READY>((r) => setImmediate(() => r(NOT_READY)))]);
        }
        if (result === NOT_READY) {
          this.consumer.caughtUp?.();
          await this.commit();
          result = await next;
        }
        if (result.done) break;
        next = iterator.next();
        const taking = this.consumer.take(result.value);
        if (taking) await taking;
        this.taken += 1;
        if (this.taken >= this.consumer.batchMax) await this.commit();
      }
      await this.commit();
    } catch (error) {
      // The event asked for ahead is abandoned with this subscription.
      next.catch(() => undefined);
      throw error;
    }
  }

  private async commit(): Promise<void> {
    if (this.taken === 0) return;
    await this.consumer.commit();
    this.taken = 0;
    this.failures = 0;
  }

  /** Waits out a back-off; `stop()` cuts it short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

/** The promise's outcome if it settles within a few microtask turns, else NOT_READY (it is still observed). */
async function settledSoon<T>(promise: Promise<T>): Promise<T | typeof NOT_READY> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < READY_TURNS && !settled; turn += 1) await null;
  return settled ? promise : NOT_READY;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
