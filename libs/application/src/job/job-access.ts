import { JobErrors } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';

/**
 * Who may do what with a job (CONTRACTS.md, as for interviews): its owner and superusers everything;
 * another signed-in user gets 403, an API key (which only ever sees its owner's data) 404.
 * Candidates (role `candidate`) post no jobs.
 */
export function assertMayUseJob(ownerId: string | null, user: AuthenticatedUser, action: string): void {
  if (isAdmin(user) || (ownerId !== null && ownerId === user.id)) return;
  if (user.via === 'api_key') throw JobErrors.notFound();
  throw JobErrors.forbidden(action);
}

export function assertMayPostJobs(user: AuthenticatedUser): void {
  if (user.role === 'candidate' && !isAdmin(user)) throw JobErrors.forbidden('post jobs (candidates cannot)');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Job ids are UUIDs; anything else names no job (404, never a 500 from a malformed id). */
export function assertJobId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !UUID.test(id)) throw JobErrors.notFound();
}
