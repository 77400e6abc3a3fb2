import { DomainError, InterviewTemplateErrors, InterviewTemplateState, interviewTemplateStreamId } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';

/** Who may act on a template: its owner and administrators; an unknown or deleted one is 404. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertOwner(state: InterviewTemplateState, user: AuthenticatedUser): void {
  if (!state.exists || state.deleted) throw InterviewTemplateErrors.notFound();
  if (state.ownerId !== user.id && !isAdmin(user)) {
    throw new DomainError('TEMPLATE.FORBIDDEN', 'Only the template owner or an administrator may do this', 'forbidden');
  }
}

export function streamOf(templateId: string): string {
  if (!UUID.test(templateId)) throw InterviewTemplateErrors.notFound();
  return interviewTemplateStreamId(templateId);
}
