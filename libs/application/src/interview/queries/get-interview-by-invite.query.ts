import { Query } from '@nestjs/cqrs';
import { InterviewDocument } from '../projections/interviews.projection';

/**
 * The interview whose `invite_token` is `inviteToken`, or null (unknown id or another token): how the S3
 * chat WebSocket admits a candidate who holds the invitation but no account.
 */
export class GetInterviewByInviteQuery extends Query<InterviewDocument | null> {
  constructor(
    readonly interviewId: string,
    readonly inviteToken: string,
  ) {
    super();
  }
}
