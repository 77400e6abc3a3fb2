import { DomainError, InterviewErrors } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';

/**
 * Who may do what with an interview (CONTRACTS.md): its owner and superusers everything; auditors may see it;
 * the candidate (the user whose *verified* email is `candidate_email`) may see it and take part; anyone else is refused.
 * An unverified email links to nothing: anyone can register with any address.
 */
export type InterviewAction = 'view' | 'participate' | 'manage' | 'evaluate' | 'withdraw';

export interface InterviewParties {
  readonly ownerId: string | null;
  readonly candidateEmail: string | null;
}

export function isOwnerOrAdmin(parties: InterviewParties, user: AuthenticatedUser): boolean {
  return isAdmin(user) || (parties.ownerId !== null && parties.ownerId === user.id);
}

export function isCandidate(parties: InterviewParties, user: AuthenticatedUser): boolean {
  return user.emailVerified && !!parties.candidateEmail && !!user.email && parties.candidateEmail.toLowerCase() === user.email.toLowerCase();
}

export function mayAct(parties: InterviewParties, user: AuthenticatedUser, action: InterviewAction): boolean {
  // Withdrawing is the candidate's own decision: the owner (or a superuser) cancels instead.
  if (action === 'withdraw') return isCandidate(parties, user);
  if (isOwnerOrAdmin(parties, user)) return true;
  // Auditors see every interview and change none (their writes are refused before any route; their reads recorded).
  if (user.role === 'auditor' && action === 'view') return true;
  return isCandidate(parties, user) && (action === 'view' || action === 'participate');
}

const FORBIDDEN_MESSAGES: Record<InterviewAction, string> = {
  view: 'Not enough permissions: only the interview owner, its candidate or a superuser may access it',
  participate: 'Not enough permissions: only the interview owner, its candidate or a superuser may access it',
  manage: 'Not enough permissions: only the interview owner or a superuser may do this',
  evaluate: 'Not enough permissions: only the interview owner or a superuser may do this',
  withdraw: 'Not enough permissions: only the interview\'s candidate (by their verified email) may withdraw; its owner cancels it instead',
};

/**
 * 403 for a signed-in user; an API key only ever sees its owner's interviews, so to it another's
 * interview does not exist (S1: "404 Not Found: Interview not found or does not belong to the API key owner").
 */
export function assertMayAct(parties: InterviewParties, user: AuthenticatedUser, action: InterviewAction): void {
  if (mayAct(parties, user, action)) return;
  if (user.via === 'api_key') throw InterviewErrors.notFound();
  throw new DomainError(
    'INTERVIEW.FORBIDDEN',
    FORBIDDEN_MESSAGES[action],
    'forbidden',
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Interview ids are UUIDs; anything else names no interview (404, never a 500 from a malformed id). */
export function isInterviewId(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

export function assertInterviewId(id: unknown): asserts id is string {
  if (!isInterviewId(id)) throw InterviewErrors.notFound();
}
