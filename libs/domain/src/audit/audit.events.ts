import { DomainEvent } from '../shared/event';

/** Every read by an audit team, on record: who read what, when and why (stream `audit-access`). */
export type AuditAccessRecorded = DomainEvent<
  'AuditAccessRecorded',
  {
    readonly readerId: string;
    readonly readerRole: string;
    /** What was read: a stream name (`interview-<id>`), `$all` for the log, or a listing such as `streams`. */
    readonly target: string;
    readonly action: string;
    readonly reason: string | null;
    readonly readAt: string;
  }
>;

/** A signed statement of the global log's chain hash at a position (stream `audit-checkpoints`). */
export type AuditCheckpointSigned = DomainEvent<
  'AuditCheckpointSigned',
  {
    readonly position: string;
    readonly logHash: string;
    readonly eventCount: number;
    readonly signedAt: string;
    readonly algorithm: 'Ed25519';
    readonly publicKey: string;
    readonly signature: string;
  }
>;

export type AuditEvent = AuditAccessRecorded | AuditCheckpointSigned;

export const AUDIT_ACCESS_STREAM_ID = 'audit-access';
export const AUDIT_CHECKPOINTS_STREAM_ID = 'audit-checkpoints';
