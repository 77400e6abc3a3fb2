import { LogPosition, NewEvent, RecordedEvent, UpcasterRegistry } from '@candor/contracts';
import { AppendResult, EventStore, ExpectedVersion, ReadAllOptions, ReadStreamOptions, Subscription } from './event-store.port';

/** Wraps any event-store adapter so every read hands out events at their current schema version. */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return this.inner.append(streamId, events, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamId, options);
    return options?.asStored ? events : events.map((e) => this.upcasters.upcast(e));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readAll(options);
    return options?.asStored ? events : events.map((e) => this.upcasters.upcast(e));
  }

  subscribeToAll(after: LogPosition): Subscription {
    const inner = this.inner.subscribeToAll(after);
    const upcasters = this.upcasters;
    return {
      stop: () => inner.stop(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield upcasters.upcast(event);
      },
    };
  }

  headPosition(): Promise<LogPosition> {
    return this.inner.headPosition();
  }

  health() {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
