import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { BatchJobDocument } from '../batch-jobs.projection';

/** A batch job its owner (or a superuser) may see: 404 unknown, 403 someone else's. */
export class GetBatchJobQuery extends Query<BatchJobDocument> {
  constructor(
    readonly jobId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
