import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ExportVerification, parsePublicKey, verifyAuditExport } from '@candor/contracts';
import { AuditErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { AUDIT_ACCESS_RECORDER, AuditAccessRecorder } from '../../audit-access/audit-access.recorder';
import { AUDIT_CHECKPOINTS, AuditCheckpoints } from '../audit-checkpoints';
import { AUDIT_EXPORTER, AuditExporter, checkpointLine } from '../audit-exporter';
import { assertAuditReader } from '../../audit-access/audit-reader';
import { LogChain } from '../log-chain';
import { normalizePosition } from '../log-position-param';
import { AUDIT_STREAMS_COLLECTION, AuditStreamDocument } from '../projections/audit-streams.projection';
import {
  AuditCheckpointList,
  AuditStreamPage,
  ExportAuditLogQuery,
  ExportAuditStreamQuery,
  GetAuditCheckpointsQuery,
  ListAuditStreamsQuery,
  VerifyAuditExportQuery,
} from './audit.queries';

@QueryHandler(ListAuditStreamsQuery)
export class ListAuditStreamsHandler implements IQueryHandler<ListAuditStreamsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
  ) {}

  async execute(q: ListAuditStreamsQuery): Promise<AuditStreamPage> {
    await this.access.record(q.reader, { target: 'streams', action: 'list', reason: q.reason, reasonRequired: false });
    const collection = this.store.collection<AuditStreamDocument>(AUDIT_STREAMS_COLLECTION);
    const filter = q.category ? { category: q.category } : {};
    const [total, docs] = await Promise.all([collection.count(filter), collection.find(filter, { sort: { stream: 1 }, skip: q.skip, limit: q.limit })]);
    return {
      total,
      streams: docs.map((d) => ({
        stream: d.stream,
        category: d.category,
        events: d.events,
        first_position: d.first_position,
        last_position: d.last_position,
        created_at: d.created_at,
        updated_at: d.updated_at,
      })),
    };
  }
}

@QueryHandler(ExportAuditStreamQuery)
export class ExportAuditStreamHandler implements IQueryHandler<ExportAuditStreamQuery> {
  constructor(
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
    @Inject(AUDIT_CHECKPOINTS) private readonly checkpoints: AuditCheckpoints,
    @Inject(AUDIT_EXPORTER) private readonly exporter: AuditExporter,
  ) {}

  async execute(q: ExportAuditStreamQuery): Promise<AsyncIterable<string>> {
    if (!q.stream || q.stream.length > 200) throw AuditErrors.streamNotFound(q.stream);
    await this.access.record(q.reader, { target: q.stream, action: 'export', reason: q.reason, reasonRequired: true });
    // Signed after the access record, so the export's checkpoint covers the record of this very read.
    const checkpoint = await this.exporter.assertExportable(q.stream, await this.checkpoints.current());
    return this.exporter.streamLines(q.stream, checkpoint, new Date().toISOString());
  }
}

@QueryHandler(ExportAuditLogQuery)
export class ExportAuditLogHandler implements IQueryHandler<ExportAuditLogQuery> {
  constructor(
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
    @Inject(AUDIT_CHECKPOINTS) private readonly checkpoints: AuditCheckpoints,
    @Inject(AUDIT_EXPORTER) private readonly exporter: AuditExporter,
  ) {}

  async execute(q: ExportAuditLogQuery): Promise<AsyncIterable<string>> {
    assertAuditReader(q.reader);
    await this.access.record(q.reader, { target: '$all', action: `export ${q.from ?? 'start'}..${q.to ?? 'head'}`, reason: q.reason, reasonRequired: true });
    const checkpoint = await this.checkpoints.current();
    if (!checkpoint) throw AuditErrors.badRange('The log is empty');
    const from = q.from ? normalizePosition('from', q.from, checkpoint.position) : null;
    const to = q.to ? normalizePosition('to', q.to, checkpoint.position) : null;
    if (from !== null && from > checkpoint.position) throw AuditErrors.badRange(`from: the log ends at ${checkpoint.position}`);
    if (from !== null && to !== null && to < from) throw AuditErrors.badRange('to: must not be before from');
    return this.exporter.logLines(from, to, checkpoint, new Date().toISOString());
  }
}

@QueryHandler(GetAuditCheckpointsQuery)
export class GetAuditCheckpointsHandler implements IQueryHandler<GetAuditCheckpointsQuery> {
  constructor(
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
    @Inject(AUDIT_CHECKPOINTS) private readonly checkpoints: AuditCheckpoints,
    private readonly chain: LogChain,
  ) {}

  async execute(q: GetAuditCheckpointsQuery): Promise<AuditCheckpointList> {
    await this.access.record(q.reader, { target: 'audit-checkpoints', action: 'list', reason: q.reason, reasonRequired: false });
    await this.checkpoints.current();
    const list = await this.chain.checkpoints(q.limit);
    return {
      algorithm: 'Ed25519',
      public_key: this.checkpoints.publicKeyPem,
      checkpoints: list.map((c) => {
        const { kind: _kind, ...rest } = checkpointLine(c);
        return rest;
      }),
    };
  }
}

@QueryHandler(VerifyAuditExportQuery)
export class VerifyAuditExportHandler implements IQueryHandler<VerifyAuditExportQuery> {
  async execute(q: VerifyAuditExportQuery): Promise<ExportVerification> {
    assertAuditReader(q.reader);
    const key: unknown = q.publicKey;
    if (key !== undefined && key !== null && key !== '') {
      if (typeof key !== 'string') throw AuditErrors.invalidPublicKey();
      try {
        parsePublicKey(key);
      } catch {
        throw AuditErrors.invalidPublicKey();
      }
    }
    return verifyAuditExport(q.lines, (key as string | undefined) || undefined);
  }
}
