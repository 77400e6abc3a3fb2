/** The audit team's reads (each recorded on `audit-access` before it runs). */
import { LogPosition } from '@candor/contracts';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class ListAuditStreamsQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly reason: string | undefined,
    readonly category: string | undefined,
    readonly skip: number,
    readonly limit: number,
  ) {}
}

export class ExportAuditStreamQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly stream: string,
    readonly reason: string | undefined,
  ) {}
}

export class ExportAuditLogQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly from: string | undefined,
    readonly to: string | undefined,
    readonly reason: string | undefined,
  ) {}
}

export class GetAuditCheckpointsQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly reason: string | undefined,
    readonly limit: number,
  ) {}
}

export class VerifyAuditExportQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly lines: AsyncIterable<string> | Iterable<string>,
    readonly publicKey: string | undefined,
  ) {}
}

export interface AuditStreamPage {
  readonly total: number;
  readonly streams: readonly { stream: string; category: string; events: number; first_position: LogPosition; last_position: LogPosition; created_at: string; updated_at: string }[];
}

export interface AuditCheckpointList {
  readonly algorithm: 'Ed25519';
  readonly public_key: string;
  readonly checkpoints: readonly {
    position: LogPosition;
    log_hash: string;
    event_count: number;
    signed_at: string;
    algorithm: 'Ed25519';
    public_key: string;
    signature: string;
  }[];
}

/** A point of the log: a time (events recorded at or before it) and/or a position (at or before it); neither = now. */
export interface LogPoint {
  readonly asOf?: string;
  readonly position?: string;
}

export class GetInterviewAtPointQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly interviewId: string,
    readonly point: LogPoint,
    readonly reason: string | undefined,
  ) {}
}

export class DiffInterviewPointsQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly interviewId: string,
    readonly from: LogPoint,
    readonly to: LogPoint,
    readonly reason: string | undefined,
  ) {}
}
