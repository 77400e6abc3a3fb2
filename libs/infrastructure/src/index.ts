export * from './event-store/live-subscription';
export * from './event-store/sqlite/sqlite-event-store.adapter';
export * from './event-store/eventstoredb/eventstoredb-event-store.adapter';
export * from './read-store/memory/memory-read-store.adapter';
export * from './read-store/mongo/mongo-read-store.adapter';
export * from './read-store/mongo/mongo-read-store.mapping';
export * from './read-store/mongo/checkpoint.schema';
