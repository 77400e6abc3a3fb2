import { LogPosition, NewEvent, RecordedEvent } from '@candor/contracts';
import { AppendResult, EventStore, ExpectedVersion, ReadAllOptions, ReadStreamOptions, Subscription } from '../ports/event-store.port';
import { PersonKeyStore } from '../ports/person-key-store.port';
import { decryptValue, encryptValue, isEncrypted, keyIdOf } from './field-cipher';
import { CopySource, ERASED, PERSONAL_FIELDS, PersonalFields, personOfEmail, readPath, relatedSubjectStream, writePath } from './personal-fields';

/**
 * The crypto layer around an event-store adapter: personal fields (personal-fields.ts) are encrypted with their
 * person's key before the adapter stores (and hashes) them, and decrypted on every read, so deciders and
 * projections never see ciphertext. A destroyed key reads as `[erased]`. `asStored` reads pass the ciphertext.
 */
export class PersonalDataEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: PersonKeyStore,
  ) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const sealed: NewEvent[] = [];
    for (const event of events) sealed.push(await this.seal(streamId, event));
    return this.inner.append(streamId, sealed, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamId, options);
    return options?.asStored ? events : Promise.all(events.map((e) => this.open(e)));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readAll(options);
    return options?.asStored ? events : Promise.all(events.map((e) => this.open(e)));
  }

  subscribeToAll(after: LogPosition): Subscription {
    const inner = this.inner.subscribeToAll(after);
    const open = (e: RecordedEvent) => this.open(e);
    return {
      stop: () => inner.stop(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield await open(event);
      },
    };
  }

  headPosition(): Promise<LogPosition> {
    return this.inner.headPosition();
  }

  health() {
    return this.inner.health();
  }

  async close(): Promise<void> {
    await this.inner.close();
    await this.keys.close();
  }

  private async seal(streamId: string, event: NewEvent): Promise<NewEvent> {
    const fields = PERSONAL_FIELDS[event.type];
    if (!fields) return event;
    const person = fields.copiedFrom ? await this.copied(streamId, fields.copiedFrom(event)) : await this.subject(streamId, event, fields.subject);
    if (!person) return event;
    const { keyId, key } = await this.keys.currentKey(person);
    let data = event.data;
    for (const path of fields.paths) {
      const value = readPath(data, path);
      if (value === undefined || value === null || isEncrypted(value)) continue;
      data = writePath(data, path, encryptValue(value, keyId, key));
    }
    return { ...event, data };
  }

  /** A copy of someone's data in a shared stream: theirs by its source stream (else its email); the stream holds a copy. */
  private async copied(streamId: string, source: CopySource): Promise<string | null> {
    const person = (source.streamId ? await this.keys.subjectOf(source.streamId) : null) ?? personOfEmail(source.email);
    if (person) await this.keys.recordCopy(streamId, person);
    return person;
  }

  /** The person whose data the event holds: the one it names (then its stream is theirs), else its stream's. */
  private async subject(streamId: string, event: NewEvent, names: PersonalFields['subject']): Promise<string | null> {
    const named = names?.(event, streamId) ?? null;
    if (named) {
      await this.keys.assignSubject(streamId, named);
      return named;
    }
    const own = await this.keys.subjectOf(streamId);
    if (own) return own;
    const related = relatedSubjectStream(streamId);
    if (!related) return null;
    const person = await this.keys.subjectOf(related);
    if (person) await this.keys.assignSubject(streamId, person);
    return person;
  }

  private async open(event: RecordedEvent): Promise<RecordedEvent> {
    const fields = PERSONAL_FIELDS[event.type];
    if (!fields) return event;
    let data = event.data;
    for (const path of fields.paths) {
      const value = readPath(data, path);
      if (!isEncrypted(value)) continue;
      const key = await this.keys.keyById(keyIdOf(value));
      let plain: unknown = ERASED;
      if (key) {
        try {
          plain = decryptValue(value, key);
        } catch {
          plain = ERASED;
        }
      }
      data = writePath(data, path, plain);
    }
    return data === event.data ? event : { ...event, data };
  }
}
