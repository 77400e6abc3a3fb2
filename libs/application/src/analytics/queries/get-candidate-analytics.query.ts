import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CandidateAnalyticsData } from '../analytics.types';

/** `candidateId` is a user id, an email, or an S3 candidate id: the interviews whose candidate it names. */
export class GetCandidateAnalyticsQuery extends Query<CandidateAnalyticsData> {
  constructor(
    readonly candidateId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
