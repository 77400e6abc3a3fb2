import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import {
  AGGREGATE_STORE,
  AggregateStore,
  CheckpointPoller,
  EVENT_STORE,
  EventStore,
  LIVEKIT,
  PROJECTION_PROGRESS,
  PROJECTION_RUNNER,
  ProjectionRunner,
  READ_STORE,
  ReadStore,
  SNAPSHOT_STORE,
  SnapshotStore,
} from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { createEventStore, createPersonKeyStore, createReadStore, createSnapshotStore, createUpcasters } from '@candor/infrastructure/composition/store.factory';
import { PERSON_KEY_STORE, PersonKeyStore } from '@candor/application/ports/person-key-store.port';
import { createProjectionRunner } from '@candor/infrastructure/composition/projector.factory';
import { LiveKitAdapter } from '@candor/infrastructure/livekit/livekit.adapter';
import { STORAGE } from '@candor/application/ports/storage.port';
import { LOGGER } from '@candor/application/ports/logger.port';
import { LocalDiskStorage } from '@candor/infrastructure/storage/local-disk-storage.adapter';
import { join } from 'node:path';

/** A rebuild (`npm run projector -- rebuild`) holding the projector lease delays the start this long at most. */
const LEASE_WAIT_MS = 10 * 60_000;

/** Starts the in-process projector (embedded mode) and closes the stores cleanly on shutdown. */
@Injectable()
class CoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly logger: JsonLogger,
    @Optional() @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
    @Optional() @Inject(SNAPSHOT_STORE) private readonly snapshots: SnapshotStore | null,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.runner) return;
    const started = Date.now();
    await this.runner.start();
    // Serve only once the read models reflect every stored event (persistent ones resume from their checkpoints).
    await this.runner.catchUp(10 * 60_000);
    this.logger.entry('info', 'read models ready', { position: this.runner.position, ms: Date.now() - started });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    await this.snapshots?.close();
    await this.events.close();
    await this.readStore.close();
  }
}

@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    const upcasters = createUpcasters();
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
        { provide: LOGGER, useValue: logger },
        { provide: PERSON_KEY_STORE, useFactory: () => createPersonKeyStore(config) },
        { provide: EVENT_STORE, inject: [PERSON_KEY_STORE], useFactory: (keys: PersonKeyStore) => createEventStore(config, upcasters, keys) },
        { provide: READ_STORE, useFactory: () => createReadStore(config) },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_STORE],
          useFactory: (events: EventStore, store: ReadStore) =>
            config.projectorInProcess ? createProjectionRunner(events, store, logger, LEASE_WAIT_MS) : null,
        },
        {
          provide: PROJECTION_PROGRESS,
          inject: [READ_STORE, PROJECTION_RUNNER],
          useFactory: (store: ReadStore, runner: ProjectionRunner | null) =>
            runner ?? new CheckpointPoller(store, ALL_PROJECTIONS.map((p) => p.name)),
        },
        // The event store opens the log file first (it creates the directory and sets WAL).
        { provide: SNAPSHOT_STORE, inject: [EVENT_STORE], useFactory: () => createSnapshotStore(config) },
        {
          provide: AGGREGATE_STORE,
          inject: [EVENT_STORE, PROJECTION_PROGRESS, SNAPSHOT_STORE],
          useFactory: (events: EventStore, progress: CheckpointPoller | ProjectionRunner, snapshots: SnapshotStore | null) =>
            new AggregateStore(events, upcasters, progress, config.readYourWritesTimeoutMs, {
              cacheSize: config.aggregateCacheSize,
              snapshots,
              snapshotEvery: config.snapshotEvery,
            }),
        },
        { provide: LIVEKIT, useFactory: () => new LiveKitAdapter(config.liveKit) },
        // Uploads live on disk under DATA_DIR in both modes (a shared volume when the API scales out).
        { provide: STORAGE, useFactory: () => new LocalDiskStorage(join(config.dataDir, 'uploads')) },
        CoreLifecycle,
      ],
      exports: [APP_CONFIG, JsonLogger, LOGGER, PERSON_KEY_STORE, EVENT_STORE, READ_STORE, PROJECTION_RUNNER, PROJECTION_PROGRESS, AGGREGATE_STORE, LIVEKIT, STORAGE],
    };
  }
}
