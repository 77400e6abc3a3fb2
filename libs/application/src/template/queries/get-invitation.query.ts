import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewDocument } from '../../interview/projections/interviews.projection';
import { InvitationDocument } from '../interview-templates.projection';

export class GetInvitationQuery extends Query<{ invitation: InvitationDocument; interview: InterviewDocument | null }> {
  constructor(
    readonly invitationId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
