import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import type { InterviewAction } from '../interview-access';
import { InterviewDocument } from '../projections/interviews.projection';

export class GetInterviewQuery extends Query<InterviewDocument> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
    /** What the viewer means to do: `participate` for a live channel (the candidate or the owner), `view` to read. */
    readonly action: InterviewAction = 'view',
  ) {
    super();
  }
}
