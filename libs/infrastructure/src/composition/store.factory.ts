import { join } from 'node:path';
import { ALL_UPCASTERS, UpcasterRegistry } from '@candor/contracts';
import { EventStore, ReadStore, SnapshotStore, UpcastingEventStore } from '@candor/application';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.adapter';
import { SqliteSnapshotStore } from '../event-store/sqlite/sqlite-snapshot-store.adapter';
import { MemoryReadStore } from '../read-store/memory/memory-read-store.adapter';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store.adapter';
import { AppConfig } from '../config/app-config';

/**
 * The composition root's choice of adapters: EVENTSTORE_URL selects EventStoreDB (else embedded SQLite
 * under DATA_DIR), MONGO_URL selects MongoDB (else SQLite beside the log, or with READ_STORE=memory the
 * in-memory store, rebuilt by replay at start).
 */
export async function createEventStore(config: AppConfig, upcasters: UpcasterRegistry): Promise<EventStore> {
  let inner: EventStore;
  if (config.eventStoreUrl) {
    const { EventStoreDbEventStore } = await import('../event-store/eventstoredb/eventstoredb-event-store.adapter');
    inner = new EventStoreDbEventStore(config.eventStoreUrl);
  } else {
    inner = new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
  }
  return new UpcastingEventStore(inner, upcasters);
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
