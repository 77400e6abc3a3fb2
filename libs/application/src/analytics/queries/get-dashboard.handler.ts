import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { averageOverall, averageScores, durationMinutes, round, scopeFilter, statusCounts } from '../analytics-pipelines';
import { Dashboard } from '../analytics.types';
import { GetDashboardQuery } from './get-dashboard.query';

@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler implements IQueryHandler<GetDashboardQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ viewer, scope }: GetDashboardQuery): Promise<Dashboard> {
    const match = scopeFilter(viewer, scope);
    const interviews = this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION);
    const [counts, scores, completed, candidates, recent] = await Promise.all([
      statusCounts(this.reads, match),
      averageScores(this.reads, match),
      interviews.aggregate<Pick<InterviewDocument, 'id' | 'startedAt' | 'endedAt'>>([
        { $match: { $and: [match, { status: 'completed' }] } },
        { $project: { id: 1, startedAt: 1, endedAt: 1 } },
      ]),
      interviews.aggregate<{ n: number }>([
        { $match: { $and: [match, { candidateEmailKey: { $ne: null } }] } },
        { $group: { _id: '$candidateEmailKey' } },
        { $count: 'n' },
      ]),
      interviews.find(match, { sort: { createdAt: -1, createdPosition: -1 }, limit: 5 }),
    ]);
    const durations = completed.map(durationMinutes).filter((d): d is number => d !== null);
    const decided = counts.completed + counts.cancelled;
    return {
      counts,
      completionRate: decided ? round(counts.completed / decided)! : 0,
      averageDurationMinutes: durations.length ? round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
      averageTechnicalScore: scores.technical,
      averageBehavioralScore: scores.behavioral,
      averageOverallScore: await averageOverall(this.reads, completed.map((c) => c.id)),
      uniqueCandidates: candidates[0]?.n ?? 0,
      upcoming: counts.scheduled,
      recent,
    };
  }
}
