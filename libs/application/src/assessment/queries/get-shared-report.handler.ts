import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { InterviewScoreView } from '../../interview/queries/get-score-card.query';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../projections/assessment-status.projection';
import { GetReportShareQuery, GetSharedReportQuery } from './get-shared-report.query';

const notShared = () => new DomainError('ASSESSMENT.SHARE_NOT_FOUND', 'No report is shared under this link (it may have been revoked)', 'not_found');

@QueryHandler(GetSharedReportQuery)
export class GetSharedReportHandler implements IQueryHandler<GetSharedReportQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetSharedReportQuery): Promise<InterviewScoreView> {
    if (typeof q.token !== 'string' || !/^[A-Za-z0-9_-]{32,}$/.test(q.token)) throw notShared();
    const status = await this.store.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).findOne({ shareToken: q.token });
    if (!status) throw notShared();
    const interview = await this.store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: status._id });
    const score = await this.store.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).findOne({ _id: status._id });
    if (!interview || !score) throw notShared();
    return { interview, score, transcript: [] };
  }
}

@QueryHandler(GetReportShareQuery)
export class GetReportShareHandler implements IQueryHandler<GetReportShareQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetReportShareQuery): Promise<string | null> {
    return (await this.store.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).findOne({ _id: q.interviewId }))?.shareToken ?? null;
  }
}
