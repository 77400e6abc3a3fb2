import { join } from 'node:path';
import { ALL_UPCASTERS, UpcasterRegistry } from '@candor/contracts';
import { EventStore, PersonalDataEventStore, PersonKeyStore, ReadStore, SnapshotStore, UpcastingEventStore } from '@candor/application';
import { SqlitePersonKeyStore } from '../key-store/sqlite/sqlite-person-key-store.adapter';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.adapter';
import { SqliteSnapshotStore } from '../event-store/sqlite/sqlite-snapshot-store.adapter';
import { MemoryReadStore } from '../read-store/memory/memory-read-store.adapter';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store.adapter';
import { AppConfig } from '../config/app-config';

/**
 * The composition root's choice of adapters: EVENTSTORE_URL selects EventStoreDB (else embedded SQLite
 * under DATA_DIR), MONGO_URL selects MongoDB (else SQLite beside the log, or with READ_STORE=memory the
 * in-memory store, rebuilt by replay at start).
 * `keys`: the person key store the caller also uses (the API's erasure route); else one of its own.
 */
export async function createEventStore(config: AppConfig, upcasters: UpcasterRegistry, keys?: PersonKeyStore): Promise<EventStore> {
  let inner: EventStore;
  if (config.eventStoreUrl) {
    const { EventStoreDbEventStore } = await import('../event-store/eventstoredb/eventstoredb-event-store.adapter');
    inner = new EventStoreDbEventStore(config.eventStoreUrl);
  } else {
    inner = new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
  }
  // Personal fields are sealed before the adapter stores and hashes an event, and opened before upcasting.
  return new UpcastingEventStore(new PersonalDataEventStore(inner, keys ?? (await createPersonKeyStore(config))), upcasters);
}

/** Keys of people's personal data, outside the event log: MongoDB when MONGO_URL is set, else `$DATA_DIR/keys.sqlite`. */
export async function createPersonKeyStore(config: AppConfig): Promise<PersonKeyStore> {
  if (config.mongoUrl) {
    const { MongoPersonKeyStore } = await import('../key-store/mongo/mongo-person-key-store.adapter');
    return new MongoPersonKeyStore(config.mongoUrl);
  }
  return new SqlitePersonKeyStore(join(config.dataDir, 'keys.sqlite'));
}

/** Snapshots live beside the embedded log (its own table); with EventStoreDB, streams rely on the state cache. */
export function createSnapshotStore(config: AppConfig): SnapshotStore | null {
  return config.eventStoreUrl ? null : new SqliteSnapshotStore(join(config.dataDir, 'events.sqlite'));
}

export async function createReadStore(config: AppConfig): Promise<ReadStore> {
  if (config.mongoUrl) {
    const { MongoReadStore } = await import('../read-store/mongo/mongo-read-store.adapter');
    return new MongoReadStore(config.mongoUrl);
  }
  if (config.readStore === 'memory') return new MemoryReadStore();
  return new SqliteReadStore(readModelsFile(config));
}

export function readModelsFile(config: AppConfig): string {
  return join(config.dataDir, 'read-models.sqlite');
}

export function createUpcasters(): UpcasterRegistry {
  return new UpcasterRegistry(ALL_UPCASTERS);
}
