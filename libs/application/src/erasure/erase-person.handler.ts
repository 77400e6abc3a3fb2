import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AUDIT_ERASURES_STREAM_ID, AuditErrors, PersonErased } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../commands/aggregate-store';
import { isAdmin } from '../identity/authenticated-user';
import { EVENT_STORE, EventStore } from '../ports/event-store.port';
import { PERSON_KEY_STORE, PersonKeyStore } from '../ports/person-key-store.port';
import { STORAGE, Storage } from '../ports/storage.port';
import { ErasePersonCommand, PersonErasure, READ_MODEL_REBUILDER, ReadModelRebuilder } from './erase-person.command';
import { ERASED, personIdFromEmail } from './personal-fields';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Where an event names a stored file of its person (deleted with them: the file is not in the log). */
const FILE_FIELDS: Readonly<Record<string, (data: Record<string, unknown>) => unknown>> = {
  CandidateCreated: (d) => (d.cv as { storageKey?: unknown } | undefined)?.storageKey,
  RecordingUploaded: (d) => d.storageKey,
};

/**
 * Erases a person: deletes their stored files, destroys their keys (their sealed fields then read `[erased]`
 * everywhere, while events and hashes stay), records the erasure, and rebuilds the read models from the log.
 */
@CommandHandler(ErasePersonCommand)
export class ErasePersonHandler implements ICommandHandler<ErasePersonCommand> {
  constructor(
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Optional() @Inject(READ_MODEL_REBUILDER) private readonly rebuilder: ReadModelRebuilder | null,
  ) {}

  async execute(c: ErasePersonCommand): Promise<PersonErasure> {
    if (!isAdmin(c.admin)) throw AuditErrors.adminOnly();
    const personId = await this.resolve(c.id);
    const streams = await this.keys.streamsOf(personId);
    if (streams.length === 0) throw AuditErrors.personNotFound();
    let filesDeleted = 0;
    for (const stream of streams) {
      for (const event of await this.events.readStream(stream)) {
        const key = FILE_FIELDS[event.type]?.(event.data);
        if (typeof key === 'string' && key !== ERASED && (await this.storage.delete(key))) filesDeleted += 1;
      }
    }
    const keysDestroyed = await this.keys.destroyPerson(personId);
    await this.store.forget(streams);
    const erased: PersonErased = {
      type: 'PersonErased',
      data: { personId, erasedBy: c.admin.id, erasedAt: this.store.commandMetadata().now, streams, keysDestroyed, filesDeleted },
    };
    await this.store.appendDecided(AUDIT_ERASURES_STREAM_ID, [erased], 'any');
    if (this.rebuilder) await this.rebuilder.rebuildAll();
    return { personId, streams, keysDestroyed, filesDeleted, projectionsRebuilt: this.rebuilder !== null };
  }

  private async resolve(id: string): Promise<string> {
    const trimmed = id.trim();
    if (trimmed.includes('@')) return personIdFromEmail(trimmed);
    if (UUID.test(trimmed)) {
      for (const stream of [`interview-${trimmed}`, `candidate-${trimmed}`]) {
        const person = await this.keys.subjectOf(stream);
        if (person) return person;
      }
      throw AuditErrors.personNotFound();
    }
    return trimmed;
  }
}

