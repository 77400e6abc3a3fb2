import { LogPosition } from '@candor/contracts';
import { AuditErrors } from '@candor/domain';

/**
 * A position given by a client, as the adapter writes it: a plain number is padded to the adapter's width
 * (SQLite positions are row numbers), an EventStoreDB `commit/prepare` pair must be given whole.
 */
export function normalizePosition(field: string, value: string, like: LogPosition): LogPosition {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed) && /^\d+$/.test(like) && trimmed.length <= like.length) return trimmed.padStart(like.length, '0');
  if (trimmed.length === like.length && /^\d+\/\d+$/.test(trimmed) && /^\d+\/\d+$/.test(like)) return trimmed;
  throw AuditErrors.badRange(`${field}: not a log position of this store (like ${like || '1'})`);
}
