import { CandidateAnalyticsData, Dashboard, InterviewReportData, StatusCounts, TrendInterval, TrendPoint } from '@candor/application';
import { ScoreEvidenceView } from '@candor/application/assessment';
import { toInterviewResponse } from '../../shared/interviews/interview.mapper';
import { toReportEvidence } from '../../shared/reports/report-evidence.mapper';
import { CandidateAnalyticsDto, DashboardDataDto, InterviewReportDto, StatusCountsDto, TrendsDataDto } from './analytics.dto';

const counts = (c: StatusCounts): StatusCountsDto => ({ ...c });
/** The scoring engine's 0..1 as S4's 0..100. */
const percent = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 10000) / 100);

export function toDashboardData(d: Dashboard): DashboardDataDto {
  return {
    interviews: counts(d.counts),
    completion_rate: d.completionRate,
    average_duration_minutes: d.averageDurationMinutes,
    average_technical_score: d.averageTechnicalScore,
    average_behavioral_score: d.averageBehavioralScore,
    average_overall_score: d.averageOverallScore,
    unique_candidates: d.uniqueCandidates,
    upcoming_interviews: d.upcoming,
    recent_interviews: d.recent.map(toInterviewResponse),
  };
}

export function toInterviewReport(r: InterviewReportData, evidence: ScoreEvidenceView | null): InterviewReportDto {
  return {
    interview: toInterviewResponse(r.interview),
    duration_minutes: r.durationMinutes,
    message_count: r.interview.messageCount,
    question_count: r.interview.questionCount,
    code_submission_count: r.interview.codeSubmissionCount,
    evaluations: r.evaluations.map((e) => ({
      id: e.id,
      source: e.source,
      evaluator_id: e.evaluatorId,
      scores: { ...e.scores },
      summary: e.summary,
      recommendations: e.recommendations,
      created_at: e.createdAt,
    })),
    score_card: r.scoreCard ? ({ ...r.scoreCard.card } as Record<string, unknown>) : null,
    overall_score: percent(r.scoreCard?.card.overall),
    evidence: evidence ? toReportEvidence(evidence) : null,
  };
}

export function toCandidateAnalytics(c: CandidateAnalyticsData): CandidateAnalyticsDto {
  return {
    candidate_id: c.candidate.id,
    email: c.candidate.email,
    name: c.candidate.name,
    interviews: counts(c.counts),
    average_technical_score: c.averageTechnicalScore,
    average_behavioral_score: c.averageBehavioralScore,
    average_overall_score: c.averageOverallScore,
    history: c.interviews.map(toInterviewResponse),
  };
}

export function toTrendsData(interval: TrendInterval, points: TrendPoint[]): TrendsDataDto {
  return {
    interval,
    points: points.map((p) => ({ period: p.period, created: p.created, completed: p.completed, cancelled: p.cancelled, average_technical_score: p.averageTechnicalScore, average_overall_score: p.averageOverallScore })),
    total_created: points.reduce((a, p) => a + p.created, 0),
    total_completed: points.reduce((a, p) => a + p.completed, 0),
  };
}
