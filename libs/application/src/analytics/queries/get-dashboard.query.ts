import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { AnalyticsScope, Dashboard } from '../analytics.types';

export class GetDashboardQuery extends Query<Dashboard> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly scope: AnalyticsScope,
  ) {
    super();
  }
}
