import {
  ExportAuditLogHandler,
  ExportAuditStreamHandler,
  GetAuditCheckpointsHandler,
  ListAuditStreamsHandler,
  VerifyAuditExportHandler,
} from './queries/audit-query.handlers';
import { DiffInterviewPointsHandler, GetInterviewAtPointHandler } from './queries/interview-point-in-time.handlers';

export const AUDIT_QUERY_HANDLERS = [
  ListAuditStreamsHandler,
  ExportAuditStreamHandler,
  ExportAuditLogHandler,
  GetAuditCheckpointsHandler,
  VerifyAuditExportHandler,
  GetInterviewAtPointHandler,
  DiffInterviewPointsHandler,
];
