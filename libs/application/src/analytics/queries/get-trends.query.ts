import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { AnalyticsScope, TrendInterval, TrendPoint } from '../analytics.types';

export class GetTrendsQuery extends Query<TrendPoint[]> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly scope: AnalyticsScope,
    readonly interval: TrendInterval,
  ) {
    super();
  }
}
