import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, isAdmin, RecordAuditReadCommand } from '@candor/application';

/** Routes whose handlers record an auditor's read themselves (with the reason they require). */
const SELF_RECORDING = [/^\/api\/v1\/audit(\/|$)/, /^\/api\/v1\/interviews\/[^/]+\/events(\/|$)/];

/**
 * CONTRACTS.md: an auditor reads interviews on every surface, and every read is recorded. The record of a read
 * request of an auditor's token (once its route's guards admitted it), put on `audit-access` before the route runs
 * (a read that cannot be recorded does not happen); null for any other request.
 */
export function auditorReadRecord(request: FastifyRequest & { user?: AuthenticatedUser }): RecordAuditReadCommand | null {
  const user = request.user;
  if (!user || user.role !== 'auditor' || isAdmin(user) || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  const [path, search] = request.url.split('?');
  if (SELF_RECORDING.some((route) => route.test(path))) return null;
  const reason = new URLSearchParams(search ?? '').get('reason');
  return new RecordAuditReadCommand(user, path, request.method, reason);
}
