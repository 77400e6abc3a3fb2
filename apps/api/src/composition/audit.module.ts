import { Global, Module } from '@nestjs/common';
import {
  AGGREGATE_STORE,
  AggregateStore,
  ADVERSE_IMPACT_MIN_COUNT,
  AUDIT_ACCESS_RECORDER,
  AUDIT_CHECKPOINTS,
  AUDIT_EXPORTER,
  AUDIT_SIGNER,
  AuditAccessRecorder,
  AuditCheckpoints,
  AuditExporter,
  AuditSigner,
  EVENT_STORE,
  EventStore,
  LogChain,
  PROJECTION_RUNNER,
  ProjectionRunner,
  READ_MODEL_REBUILDER,
  READ_STORE,
  ReadModelRebuilder,
  ReadStore,
} from '@candor/application';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { AuditConfig, auditConfigFromEnv } from '@candor/infrastructure/config/audit-config';
import { createAuditSigner } from '@candor/infrastructure/crypto/ed25519-audit-signer.adapter';
import { AUDIT_CONFIG, AuditCheckpointScheduler } from './audit-checkpoint.scheduler';

/** Audit teams: the signing key (AUDIT_SIGNING_KEY), the log chain, checkpoints, exports, the access log, the read-model rebuild of an erasure. */
@Global()
@Module({
  providers: [
    { provide: AUDIT_CONFIG, useFactory: () => auditConfigFromEnv() },
    { provide: ADVERSE_IMPACT_MIN_COUNT, inject: [AUDIT_CONFIG], useFactory: (config: AuditConfig) => config.minGroupCount },
    { provide: AUDIT_SIGNER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createAuditSigner(process.env, config.dataDir) },
    { provide: LogChain, inject: [EVENT_STORE], useFactory: (events: EventStore) => new LogChain(events) },
    { provide: AUDIT_ACCESS_RECORDER, inject: [AGGREGATE_STORE], useFactory: (store: AggregateStore) => new AuditAccessRecorder(store) },
    {
      provide: AUDIT_CHECKPOINTS,
      inject: [AGGREGATE_STORE, AUDIT_SIGNER, LogChain],
      useFactory: (store: AggregateStore, signer: AuditSigner, chain: LogChain) => new AuditCheckpoints(store, signer, chain),
    },
    { provide: AUDIT_EXPORTER, inject: [EVENT_STORE, LogChain], useFactory: (events: EventStore, chain: LogChain) => new AuditExporter(events, chain) },
    {
      // Embedded mode: the projector runs here, so an erasure rebuilds the read models at once.
      provide: READ_MODEL_REBUILDER,
      inject: [PROJECTION_RUNNER, READ_STORE],
      useFactory: (runner: ProjectionRunner | null, store: ReadStore): ReadModelRebuilder | null =>
        runner && {
          async rebuildAll() {
            await runner.rebuild();
            await runner.catchUp(10 * 60_000);
            await store.scrub?.();
          },
        },
    },
    AuditCheckpointScheduler,
  ],
  // For the audit handlers (handlers.module.ts); the interview context's own audit routes record auditors' reads too.
  exports: [ADVERSE_IMPACT_MIN_COUNT, AUDIT_SIGNER, LogChain, AUDIT_ACCESS_RECORDER, AUDIT_CHECKPOINTS, AUDIT_EXPORTER, READ_MODEL_REBUILDER],
})
export class AuditModule {}
