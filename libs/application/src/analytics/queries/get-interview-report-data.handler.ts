import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { loadVisibleInterview } from '../../interview/queries/load-visible-interview';
import { EvaluationDocument, EVALUATIONS_COLLECTION } from '../../interview/projections/evaluations.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { durationMinutes } from '../analytics-pipelines';
import { InterviewReportData } from '../analytics.types';
import { GetInterviewReportDataQuery } from './get-interview-report-data.query';

@QueryHandler(GetInterviewReportDataQuery)
export class GetInterviewReportDataHandler implements IQueryHandler<GetInterviewReportDataQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ interviewId, viewer }: GetInterviewReportDataQuery): Promise<InterviewReportData> {
    const interview = await loadVisibleInterview(this.reads, interviewId, viewer, 'manage');
    const [evaluations, scoreCard] = await Promise.all([
      this.reads.collection<EvaluationDocument>(EVALUATIONS_COLLECTION).find({ interviewId }, { sort: { sequence: 1 } }),
      this.reads.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).findOne({ interviewId }),
    ]);
    return { interview, evaluations, scoreCard, durationMinutes: durationMinutes(interview) };
  }
}
