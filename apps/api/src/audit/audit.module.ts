import { Module } from '@nestjs/common';
import {
  AGGREGATE_STORE,
  AggregateStore,
  AUDIT_ACCESS_RECORDER,
  AUDIT_CHECKPOINTS,
  AUDIT_EXPORTER,
  AUDIT_QUERY_HANDLERS,
  AUDIT_SIGNER,
  AuditAccessRecorder,
  AuditCheckpoints,
  AuditExporter,
  AuditSigner,
  EVENT_STORE,
  EventStore,
  LogChain,
} from '@candor/application';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { auditConfigFromEnv } from '@candor/infrastructure/config/audit-config';
import { createAuditSigner } from '@candor/infrastructure/crypto/ed25519-audit-signer.adapter';
import { AUDIT_CONFIG, AuditCheckpointScheduler } from './audit-checkpoint.scheduler';

/** Audit teams: the signing key (AUDIT_SIGNING_KEY), the log chain, checkpoints, exports and the access log. */
@Module({
  providers: [
    { provide: AUDIT_CONFIG, useFactory: () => auditConfigFromEnv() },
    { provide: AUDIT_SIGNER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createAuditSigner(process.env, config.dataDir) },
    { provide: LogChain, inject: [EVENT_STORE], useFactory: (events: EventStore) => new LogChain(events) },
    { provide: AUDIT_ACCESS_RECORDER, inject: [AGGREGATE_STORE], useFactory: (store: AggregateStore) => new AuditAccessRecorder(store) },
    {
      provide: AUDIT_CHECKPOINTS,
      inject: [AGGREGATE_STORE, AUDIT_SIGNER, LogChain],
      useFactory: (store: AggregateStore, signer: AuditSigner, chain: LogChain) => new AuditCheckpoints(store, signer, chain),
    },
    { provide: AUDIT_EXPORTER, inject: [EVENT_STORE, LogChain], useFactory: (events: EventStore, chain: LogChain) => new AuditExporter(events, chain) },
    AuditCheckpointScheduler,
    ...AUDIT_QUERY_HANDLERS,
  ],
})
export class AuditModule {}
