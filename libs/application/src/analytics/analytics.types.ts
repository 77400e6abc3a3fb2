import { EvaluationDocument } from '../interview/projections/evaluations.projection';
import { InterviewDocument } from '../interview/projections/interviews.projection';
import { ScoreCardDocument } from '../interview/projections/score-card.projection';

/** Which interviews an analytics query covers: the caller's own (every one for an admin), created in the range. */
export interface AnalyticsScope {
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly status?: string;
}

export type TrendInterval = 'day' | 'week' | 'month';

export interface StatusCounts {
  readonly total: number;
  readonly pending: number;
  readonly scheduled: number;
  readonly in_progress: number;
  readonly completed: number;
  readonly cancelled: number;
}

export interface Dashboard {
  readonly counts: StatusCounts;
  readonly completionRate: number;
  readonly averageDurationMinutes: number | null;
  readonly averageTechnicalScore: number | null;
  readonly averageBehavioralScore: number | null;
  readonly averageOverallScore: number | null;
  readonly uniqueCandidates: number;
  readonly upcoming: number;
  readonly recent: InterviewDocument[];
}

export interface TrendPoint {
  readonly period: string;
  readonly created: number;
  readonly completed: number;
  readonly cancelled: number;
  readonly averageTechnicalScore: number | null;
  readonly averageOverallScore: number | null;
}

export interface InterviewReportData {
  readonly interview: InterviewDocument;
  readonly evaluations: EvaluationDocument[];
  readonly scoreCard: ScoreCardDocument | null;
  readonly durationMinutes: number | null;
}

export interface CandidateAnalyticsData {
  readonly candidate: { id: string; email: string | null; name: string | null };
  readonly counts: StatusCounts;
  readonly averageTechnicalScore: number | null;
  readonly averageBehavioralScore: number | null;
  readonly averageOverallScore: number | null;
  readonly interviews: InterviewDocument[];
}
