import { CandidateErrors } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';

/**
 * Who may do what with a candidate (CONTRACTS.md, as for interviews): the recruiter who added it and
 * superusers; another signed-in user gets 403, an API key 404. Users with the `candidate` role add none.
 */
export function assertMayUseCandidate(ownerId: string | null, user: AuthenticatedUser, action: string): void {
  if (isAdmin(user) || (ownerId !== null && ownerId === user.id)) return;
  if (user.via === 'api_key') throw CandidateErrors.notFound();
  throw CandidateErrors.forbidden(action);
}

export function assertMayAddCandidates(user: AuthenticatedUser): void {
  if (user.role === 'candidate' && !isAdmin(user)) throw CandidateErrors.forbidden('add candidates (candidates cannot)');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertCandidateId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !UUID.test(id)) throw CandidateErrors.notFound();
}
