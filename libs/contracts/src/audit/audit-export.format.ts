/**
 * The audit export format (NDJSON, one JSON object per line), shared by the server that writes it and the
 * offline verifier (`npm run audit -- verify`). Events appear exactly as stored, with their hash chain links.
 *
 *   header      what the export covers (one stream from revision 1, or a range of the global log)
 *   event       one stored event, its stream links (previous_hash, hash) and global links (previous_log_hash, log_hash)
 *   link        a later event of the log, by stream and hash only: the path from the last exported event to the checkpoint
 *   checkpoint  the signed head of the log these events lead to
 *   end         counts, so a truncated file is told apart from a complete one
 */
import { canonicalJson } from '../events/event-hash';

export const AUDIT_EXPORT_FORMAT = 'candor-audit-export/1';

export interface ExportHeaderLine {
  readonly kind: 'header';
  readonly format: typeof AUDIT_EXPORT_FORMAT;
  readonly scope: 'stream' | 'log';
  readonly stream?: string;
  /** Stream scope: the first revision in the file (1: the stream from its start). */
  readonly from_revision?: number;
  /** Log scope: the first and last positions asked for. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** Log scope: the chain's value before the first event (GENESIS_HASH at the start of the log). */
  readonly previous_log_hash?: string;
  readonly exported_at: string;
}

export interface ExportEventLine {
  readonly kind: 'event';
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recorded_at: string;
  readonly previous_hash: string;
  readonly hash: string;
  readonly previous_log_hash: string;
  readonly log_hash: string;
}

export interface ExportLinkLine {
  readonly kind: 'link';
  readonly position: string;
  readonly stream: string;
  readonly hash: string;
}

export interface ExportCheckpointLine {
  readonly kind: 'checkpoint';
  readonly position: string;
  readonly log_hash: string;
  readonly event_count: number;
  readonly signed_at: string;
  readonly algorithm: 'Ed25519';
  readonly public_key: string;
  readonly signature: string;
}

export interface ExportEndLine {
  readonly kind: 'end';
  readonly events: number;
  readonly links: number;
}

export type ExportLine = ExportHeaderLine | ExportEventLine | ExportLinkLine | ExportCheckpointLine | ExportEndLine;

/** The exact bytes a checkpoint's Ed25519 signature covers. */
export function checkpointSigningPayload(c: { position: string; log_hash: string; event_count: number; signed_at: string; algorithm: string }): string {
  return canonicalJson({ algorithm: c.algorithm, event_count: c.event_count, log_hash: c.log_hash, position: c.position, signed_at: c.signed_at });
}
