import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewDocument } from '../projections/interviews.projection';

export class GetInterviewQuery extends Query<InterviewDocument> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
