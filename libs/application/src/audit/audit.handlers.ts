import {
  ExportAuditLogHandler,
  ExportAuditStreamHandler,
  GetAuditCheckpointsHandler,
  ListAuditStreamsHandler,
  VerifyAuditExportHandler,
} from './queries/audit-query.handlers';
import { DiffInterviewPointsHandler, GetInterviewAtPointHandler } from './queries/interview-point-in-time.handlers';
import { AdverseImpactHandler } from './queries/adverse-impact.handler';
import { RecordGroupLabelsHandler } from './commands/record-group-labels.handler';
import { RecordAuditReadHandler } from '../audit-access/commands/record-audit-read.handler';

export const AUDIT_QUERY_HANDLERS = [
  ListAuditStreamsHandler,
  ExportAuditStreamHandler,
  ExportAuditLogHandler,
  GetAuditCheckpointsHandler,
  VerifyAuditExportHandler,
  GetInterviewAtPointHandler,
  DiffInterviewPointsHandler,
  AdverseImpactHandler,
];

export const AUDIT_COMMAND_HANDLERS = [RecordGroupLabelsHandler, RecordAuditReadHandler];
