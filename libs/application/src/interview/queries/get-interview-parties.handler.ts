import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../projections/interviews.projection';
import { GetInterviewPartiesQuery, InterviewPartiesView } from './get-interview-parties.query';

@QueryHandler(GetInterviewPartiesQuery)
export class GetInterviewPartiesHandler implements IQueryHandler<GetInterviewPartiesQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetInterviewPartiesQuery): Promise<InterviewPartiesView | null> {
    const doc = await this.store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: q.interviewId });
    return doc ? { ownerId: doc.ownerId, candidateEmail: doc.candidateEmail, title: doc.title } : null;
  }
}
