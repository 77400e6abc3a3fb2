import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewStateDocument } from '../projections/interview-state.projection';

export class GetInterviewStateQuery extends Query<InterviewStateDocument> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
