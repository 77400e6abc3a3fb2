import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { JobErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { assertJobId, assertMayUseJob } from '../job-access';
import { JOBS_COLLECTION, JobDocument } from '../projections/jobs.projection';
import { GetJobQuery } from './get-job.query';

@QueryHandler(GetJobQuery)
export class GetJobHandler implements IQueryHandler<GetJobQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetJobQuery): Promise<JobDocument> {
    assertJobId(q.jobId);
    const doc = await this.store.collection<JobDocument>(JOBS_COLLECTION).findOne({ _id: q.jobId });
    if (!doc) throw JobErrors.notFound();
    assertMayUseJob(doc.ownerId, q.viewer, 'see it');
    return doc;
  }
}
