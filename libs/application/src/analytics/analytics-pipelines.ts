import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../interview/projections/score-card.projection';
import { Filter, ReadStore } from '../ports/read-store.port';
import { AnalyticsScope, StatusCounts } from './analytics.types';

/** Aggregate pipelines over the interview, evaluation and score-card read models, shared by the analytics queries. */
export function scopeFilter(viewer: AuthenticatedUser, scope: AnalyticsScope): Filter {
  const clauses: Filter[] = [];
  if (!isAdmin(viewer)) clauses.push({ ownerId: viewer.id });
  if (scope.dateFrom) clauses.push({ createdAt: { $gte: scope.dateFrom } });
  if (scope.dateTo) clauses.push({ createdAt: { $lte: scope.dateTo } });
  if (scope.status) clauses.push({ status: scope.status });
  return clauses.length ? { $and: clauses } : {};
}

export const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/** Counts per status with one `$group`. */
export async function statusCounts(reads: ReadStore, match: Filter): Promise<StatusCounts> {
  const rows = await reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).aggregate<{ _id: string; n: number }>([
    { $match: match },
    { $group: { _id: '$status', n: { $sum: 1 } } },
  ]);
  const by = Object.fromEntries(rows.map((r) => [r._id, r.n]));
  const counts = { pending: by.pending ?? 0, scheduled: by.scheduled ?? 0, in_progress: by.in_progress ?? 0, completed: by.completed ?? 0, cancelled: by.cancelled ?? 0 };
  return { total: rows.reduce((a, r) => a + r.n, 0), ...counts };
}

/** Average technical/behavioral scores (reviewer fields) over the matched interviews that have them. */
export async function averageScores(reads: ReadStore, match: Filter) {
  const [row] = await reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).aggregate<{ technical: number | null; behavioral: number | null }>([
    { $match: match },
    { $group: { _id: null, technical: { $avg: '$technicalScore' }, behavioral: { $avg: '$behavioralScore' } } },
  ]);
  return { technical: round(row?.technical), behavioral: round(row?.behavioral) };
}

/** The scoring engine's overall score (0..1, shown as 0..100) averaged over the interviews it scored. */
export async function averageOverall(reads: ReadStore, interviewIds: string[]): Promise<number | null> {
  if (interviewIds.length === 0) return null;
  const [row] = await reads.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).aggregate<{ overall: number | null }>([
    { $match: { interviewId: { $in: interviewIds } } },
    { $group: { _id: null, overall: { $avg: '$card.overall' } } },
  ]);
  return row?.overall === null || row?.overall === undefined ? null : round(row.overall * 100);
}

export function durationMinutes(doc: Pick<InterviewDocument, 'startedAt' | 'endedAt'>): number | null {
  if (!doc.startedAt || !doc.endedAt) return null;
  return Math.round(((Date.parse(doc.endedAt) - Date.parse(doc.startedAt)) / 60000) * 100) / 100;
}
