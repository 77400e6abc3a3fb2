import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { round, scopeFilter } from '../analytics-pipelines';
import { TrendPoint } from '../analytics.types';
import { GetTrendsQuery } from './get-trends.query';

/** ISO week start (Monday) of a timestamp, as YYYY-MM-DD. */
function weekOf(iso: string): string {
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

@QueryHandler(GetTrendsQuery)
export class GetTrendsHandler implements IQueryHandler<GetTrendsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ viewer, scope, interval }: GetTrendsQuery): Promise<TrendPoint[]> {
    // Day and month buckets are prefixes of the ISO timestamp; weeks are regrouped from days.
    const rows = await this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).aggregate<{
      _id: string;
      created: number;
      completed: number;
      cancelled: number;
      technicalSum: number;
      technicalCount: number;
      ids: string[];
    }>([
      { $match: scopeFilter(viewer, scope) },
      {
        $group: {
          _id: { $substr: ['$createdAt', 0, interval === 'month' ? 7 : 10] },
          created: { $sum: 1 },
          completed: { $sum: { $cond: [{ $eq: ['$status', 'completed'] }, 1, 0] } },
          cancelled: { $sum: { $cond: [{ $eq: ['$status', 'cancelled'] }, 1, 0] } },
          technicalSum: { $sum: { $ifNull: ['$technicalScore', 0] } },
          technicalCount: { $sum: { $cond: [{ $eq: [{ $ifNull: ['$technicalScore', null] }, null] }, 0, 1] } },
          ids: { $push: '$id' },
        },
      },
      { $sort: { _id: 1 } },
    ]);
    // The scoring engine's overall score (score cards, 0..1 shown as 0..100) of the interviews in each bucket.
    const allIds = rows.flatMap((r) => r.ids);
    const overallById = new Map<string, number>();
    if (allIds.length > 0) {
      const cards = await this.reads.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).find({ interviewId: { $in: allIds } });
      for (const c of cards) if (typeof c.card.overall === 'number') overallById.set(c.interviewId, c.card.overall);
    }
    const buckets = new Map<string, { created: number; completed: number; cancelled: number; technicalSum: number; technicalCount: number; overall: number[] }>();
    for (const row of rows) {
      const key = interval === 'week' ? weekOf(row._id) : row._id;
      const b = buckets.get(key) ?? { created: 0, completed: 0, cancelled: 0, technicalSum: 0, technicalCount: 0, overall: [] };
      buckets.set(key, {
        created: b.created + row.created,
        completed: b.completed + row.completed,
        cancelled: b.cancelled + row.cancelled,
        technicalSum: b.technicalSum + row.technicalSum,
        technicalCount: b.technicalCount + row.technicalCount,
        overall: [...b.overall, ...row.ids.flatMap((id) => (overallById.has(id) ? [overallById.get(id)!] : []))],
      });
    }
    return [...buckets.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, b]) => ({
        period,
        created: b.created,
        completed: b.completed,
        cancelled: b.cancelled,
        averageTechnicalScore: b.technicalCount ? round(b.technicalSum / b.technicalCount) : null,
        averageOverallScore: b.overall.length ? round((b.overall.reduce((a, x) => a + x, 0) / b.overall.length) * 100) : null,
      }));
  }
}
