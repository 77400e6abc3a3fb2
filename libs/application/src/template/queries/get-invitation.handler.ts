import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { isAdmin } from '../../identity/authenticated-user';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INVITATIONS_COLLECTION, InvitationDocument } from '../interview-templates.projection';
import { GetInvitationQuery } from './get-invitation.query';

@QueryHandler(GetInvitationQuery)
export class GetInvitationHandler implements IQueryHandler<GetInvitationQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ invitationId, viewer }: GetInvitationQuery) {
    const invitation = await this.reads.collection<InvitationDocument>(INVITATIONS_COLLECTION).findOne({ _id: invitationId });
    if (!invitation || (invitation.invitedBy !== viewer.id && !isAdmin(viewer))) {
      throw new DomainError('TEMPLATE.INVITATION_NOT_FOUND', 'Invitation not found', 'not_found');
    }
    const interview = await this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: invitation.interviewId });
    return { invitation, interview };
  }
}
