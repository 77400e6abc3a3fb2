import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { CODING_EVENTS_COLLECTION, CodingEventDocument } from '../projections/coding-events.projection';
import { GetCodingEventsQuery } from './get-coding-events.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetCodingEventsQuery)
export class GetCodingEventsHandler implements IQueryHandler<GetCodingEventsQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetCodingEventsQuery): Promise<CodingEventDocument[]> {
    await loadVisibleInterview(this.store, q.interviewId, q.viewer);
    return this.store
      .collection<CodingEventDocument>(CODING_EVENTS_COLLECTION)
      .find({ interviewId: q.interviewId }, { sort: { sequence: 1 } });
  }
}
