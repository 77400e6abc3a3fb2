import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewDocument } from '../../interview/projections/interviews.projection';
import { InvitationDocument } from '../interview-templates.projection';
import { TemplateListFilter } from './list-interview-templates.query';

/** Each invitation with the interview it created (its current status and link), when that still exists. */
/** Each invitation with the interview it created (its current status and link), when that still exists. */
export class ListInvitationsQuery extends Query<{ items: { invitation: InvitationDocument; interview: InterviewDocument | null }[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly filter: TemplateListFilter & { templateId?: string },
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
