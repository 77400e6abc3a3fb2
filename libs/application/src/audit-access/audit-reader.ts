import { AuditErrors } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';

/** Admins (and superusers) and auditors read every audit route; auditors only read. */
export function isAuditReader(user: AuthenticatedUser): boolean {
  return isAdmin(user) || user.role === 'auditor';
}

export function assertAuditReader(user: AuthenticatedUser): void {
  if (!isAuditReader(user)) throw AuditErrors.forbidden();
}
