import { Query } from '@nestjs/cqrs';
import { InterviewStatus } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewDocument } from '../../interview/projections/interviews.projection';
import { InvitationDocument } from '../interview-templates.projection';
import { TemplateListFilter } from './list-interview-templates.query';

/** The invitation list's `sort_by` values and the read-model field each sorts on. */
export const INVITATION_SORT: Readonly<Record<string, string>> = { created_at: 'sentAt', sent_at: 'sentAt', candidate_email: 'candidateEmail', scheduled_at: 'scheduledAt' };
export const INVITATION_SORT_KEYS = Object.keys(INVITATION_SORT);

/** Each invitation with the interview it created (its current status and link), when that still exists. */
export class ListInvitationsQuery extends Query<{ items: { invitation: InvitationDocument; interview: InterviewDocument | null }[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly filter: TemplateListFilter & { templateId?: string; interviewStatus?: InterviewStatus },
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
