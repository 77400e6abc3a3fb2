import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { JobDocument } from '../projections/jobs.projection';

/** One job the viewer may see (404 unknown or deleted, 403 someone else's). */
export class GetJobQuery extends Query<JobDocument> {
  constructor(
    readonly jobId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
