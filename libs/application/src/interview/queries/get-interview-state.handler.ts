import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InterviewErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEW_STATES_COLLECTION, InterviewStateDocument } from '../projections/interview-state.projection';
import { GetInterviewStateQuery } from './get-interview-state.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetInterviewStateQuery)
export class GetInterviewStateHandler implements IQueryHandler<GetInterviewStateQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetInterviewStateQuery): Promise<InterviewStateDocument> {
    await loadVisibleInterview(this.store, q.interviewId, q.viewer);
    const doc = await this.store.collection<InterviewStateDocument>(INTERVIEW_STATES_COLLECTION).findOne({ _id: q.interviewId });
    if (!doc) throw InterviewErrors.notFound();
    return doc;
  }
}
