import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { USERS_COLLECTION } from '../../identity/projections/users.projection';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { averageOverall, averageScores, scopeFilter, statusCounts } from '../analytics-pipelines';
import { CandidateAnalyticsData } from '../analytics.types';
import { GetCandidateAnalyticsQuery } from './get-candidate-analytics.query';

@QueryHandler(GetCandidateAnalyticsQuery)
export class GetCandidateAnalyticsHandler implements IQueryHandler<GetCandidateAnalyticsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ candidateId, viewer }: GetCandidateAnalyticsQuery): Promise<CandidateAnalyticsData> {
    const user = await this.reads.collection<{ _id: string; email: string; fullName: string }>(USERS_COLLECTION).findOne({ _id: candidateId });
    const email = (user?.email ?? (candidateId.includes('@') ? candidateId : null))?.toLowerCase() ?? null;
    const who: Filter = email ? { $or: [{ candidateEmailKey: email }, { candidateId }] } : { candidateId };
    const match = { $and: [scopeFilter(viewer, {}), who] };
    const interviews = await this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).find(match, { sort: { createdAt: -1 } });
    if (interviews.length === 0) throw new DomainError('ANALYTICS.CANDIDATE_NOT_FOUND', 'No interview of yours names this candidate', 'not_found');
    const [counts, scores, overall] = await Promise.all([
      statusCounts(this.reads, match),
      averageScores(this.reads, match),
      averageOverall(this.reads, interviews.map((i) => i.id)),
    ]);
    return {
      candidate: { id: candidateId, email: interviews[0].candidateEmail ?? email, name: user?.fullName ?? interviews.find((i) => i.candidateName)?.candidateName ?? null },
      counts,
      averageTechnicalScore: scores.technical,
      averageBehavioralScore: scores.behavioral,
      averageOverallScore: overall,
      interviews,
    };
  }
}
