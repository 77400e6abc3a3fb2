import { DomainError } from '../shared/domain-error';

export const MAX_AUDIT_REASON = 500;

export const AuditErrors = {
  reasonRequired: () =>
    new DomainError('AUDIT.REASON_REQUIRED', 'reason: required (why this read is needed), 1 to 500 characters', 'invalid', { field: 'reason' }),
  forbidden: () => new DomainError('AUDIT.FORBIDDEN', 'Audit routes are for admin or auditor accounts', 'forbidden'),
  adminOnly: () => new DomainError('AUDIT.ADMIN_ONLY', 'Administrator privileges required', 'forbidden'),
  checkpointNotAfter: (position: string, last: string) =>
    new DomainError('AUDIT.CHECKPOINT_NOT_AFTER', `A checkpoint at ${position} does not follow the last one at ${last}`, 'conflict'),
  invalidPublicKey: () =>
    new DomainError('AUDIT.INVALID_PUBLIC_KEY', 'public_key: an Ed25519 public key as PEM, or base64 of its DER', 'invalid', { field: 'public_key' }),
  badRange: (detail: string) => new DomainError('AUDIT.INVALID_RANGE', detail, 'invalid'),
  personNotFound: () => new DomainError('AUDIT.PERSON_NOT_FOUND', 'No personal data is held for this person', 'not_found'),
  streamNotFound: (stream: string) => new DomainError('AUDIT.STREAM_NOT_FOUND', `No stream named ${stream}`, 'not_found'),
};
