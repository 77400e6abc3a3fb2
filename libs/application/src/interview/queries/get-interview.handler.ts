import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { InterviewDocument } from '../projections/interviews.projection';
import { GetInterviewQuery } from './get-interview.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetInterviewQuery)
export class GetInterviewHandler implements IQueryHandler<GetInterviewQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  execute(q: GetInterviewQuery): Promise<InterviewDocument> {
    return loadVisibleInterview(this.store, q.interviewId, q.viewer, q.action);
  }
}
