import { DomainError, InterviewErrors } from '@candor/domain';
import { AuthenticatedUser } from '../identity/authenticated-user';
import { isOwnerOrAdmin } from '../interview/interview-access';
import { assertInterviewId } from '../interview/interview-access';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../interview/projections/interviews.projection';
import { ReadStore } from '../ports/read-store.port';

/** Auditors read everything and change nothing (the role lands with the identity work; a string compare until then). */
export function isAuditor(user: AuthenticatedUser): boolean {
  return (user.role as string) === 'auditor';
}

/** Scores are the hiring team's: the owner, an admin, or an auditor (read only) may read them. */
export async function loadAssessedInterview(store: ReadStore, interviewId: string, user: AuthenticatedUser, action: 'read' | 'rescore' | 'dry_run'): Promise<InterviewDocument> {
  assertInterviewId(interviewId);
  const doc = await store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: interviewId });
  if (!doc) throw InterviewErrors.notFound();
  if (isOwnerOrAdmin(doc, user)) return doc;
  if (isAuditor(user) && action !== 'rescore') return doc;
  if (user.via === 'api_key') throw InterviewErrors.notFound();
  throw new DomainError(
    'ASSESSMENT.FORBIDDEN',
    action === 'rescore' && isAuditor(user)
      ? 'Auditors are read-only: ask for a re-score with dry_run=true to see the new version without recording it'
      : 'Not enough permissions: only the interview owner, an admin or an auditor may see its scores',
    'forbidden',
  );
}
