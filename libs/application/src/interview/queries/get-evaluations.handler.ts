import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { EVALUATIONS_COLLECTION, EvaluationDocument } from '../projections/evaluations.projection';
import { GetEvaluationsQuery } from './get-evaluations.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetEvaluationsQuery)
export class GetEvaluationsHandler implements IQueryHandler<GetEvaluationsQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetEvaluationsQuery): Promise<EvaluationDocument[]> {
    await loadVisibleInterview(this.store, q.interviewId, q.viewer);
    return this.store
      .collection<EvaluationDocument>(EVALUATIONS_COLLECTION)
      .find({ interviewId: q.interviewId }, { sort: { sequence: 1 } });
  }
}
