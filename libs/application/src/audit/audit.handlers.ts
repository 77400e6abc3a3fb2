import {
  ExportAuditLogHandler,
  ExportAuditStreamHandler,
  GetAuditCheckpointsHandler,
  ListAuditStreamsHandler,
  VerifyAuditExportHandler,
} from './queries/audit-query.handlers';

export const AUDIT_QUERY_HANDLERS = [ListAuditStreamsHandler, ExportAuditStreamHandler, ExportAuditLogHandler, GetAuditCheckpointsHandler, VerifyAuditExportHandler];
