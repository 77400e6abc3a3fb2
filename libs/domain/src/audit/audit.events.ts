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

/** A person's keys were destroyed (GDPR art. 17): their sealed fields read `[erased]` from then on (stream `audit-erasures`). */
export type PersonErased = DomainEvent<
  'PersonErased',
  {
    readonly personId: string;
    readonly erasedBy: string;
    readonly erasedAt: string;
    readonly streams: readonly string[];
    readonly keysDestroyed: number;
    readonly filesDeleted: number;
  }
>;

export type AuditEvent = AuditAccessRecorded | AuditCheckpointSigned | PersonErased;

export const AUDIT_ACCESS_STREAM_ID = 'audit-access';
export const AUDIT_CHECKPOINTS_STREAM_ID = 'audit-checkpoints';
export const AUDIT_ERASURES_STREAM_ID = 'audit-erasures';
