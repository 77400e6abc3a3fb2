import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BatchErrors } from '@candor/domain';
import { isAdmin } from '../../identity/authenticated-user';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { BATCH_JOBS_COLLECTION, BatchJobDocument } from '../batch-jobs.projection';
import { GetBatchJobQuery } from './get-batch-job.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@QueryHandler(GetBatchJobQuery)
export class GetBatchJobHandler implements IQueryHandler<GetBatchJobQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetBatchJobQuery): Promise<BatchJobDocument> {
    if (!UUID.test(q.jobId)) throw BatchErrors.notFound();
    const doc = await this.store.collection<BatchJobDocument>(BATCH_JOBS_COLLECTION).findOne({ _id: q.jobId });
    if (!doc) throw BatchErrors.notFound();
    if (doc.ownerId !== q.viewer.id && !isAdmin(q.viewer)) throw BatchErrors.forbidden();
    return doc;
  }
}
