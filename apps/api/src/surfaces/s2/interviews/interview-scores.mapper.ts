import { RescoreResult, ScoreDiff, ScoreVersion, ScoreVersions } from '@candor/application/assessment';
import { RescoreResponseDto, ScoreVersionDto, ScoreVersionsResponseDto } from './interview-scores.dto';

const DIMENSION_NAMES: Record<string, string> = { technical: 'technical', problemSolving: 'problem_solving', codeQuality: 'code_quality', communication: 'communication', behavioral: 'behavioral' };

export function toScoreVersionDto(v: ScoreVersion): ScoreVersionDto {
  const c = v.card;
  return {
    version: v.version,
    score_id: v.scoreId,
    trigger: v.trigger,
    requested_by: v.requestedBy,
    recorded_at: v.recordedAt,
    basis_version: v.basisVersion,
    overall_score: c.overall,
    recommendation: c.recommendation,
    dimension_scores: {
      technical: c.technical.score,
      problem_solving: c.problemSolving.score,
      code_quality: c.codeQuality.score,
      communication: c.communication.score,
      behavioral: c.behavioral?.score ?? null,
    },
    versions_used: { rubric: c.versions.rubric, model: c.versions.model, prompt: c.versions.prompt, bank: c.versions.bank, analyzer: c.versions.analyzer ? [...c.versions.analyzer] : null },
    card: c as unknown as Record<string, unknown>,
  };
}

export function toDiffDto(d: ScoreDiff): Record<string, unknown> {
  return {
    overall: d.overall,
    recommendation: d.recommendation,
    dimensions: Object.fromEntries(Object.entries(d.dimensions).map(([k, v]) => [DIMENSION_NAMES[k] ?? k, v])),
    questions: d.questions.map((q) => ({ question_id: q.questionId, question: q.question, from: q.from, to: q.to })),
    versions: d.versions,
  };
}

export function toScoreVersionsResponse(s: ScoreVersions): ScoreVersionsResponseDto {
  return {
    interview_id: s.interviewId,
    status: s.status,
    failure: s.failure ? { reason: s.failure.reason, attempts: s.failure.attempts, failed_at: s.failure.failedAt, retry_at: s.failure.retryAt } : null,
    versions: s.versions.map(toScoreVersionDto),
    diff: s.diff ? { from: s.diff.from, to: s.diff.to, changes: toDiffDto(s.diff.changes) } : null,
  };
}

export function toRescoreResponse(interviewId: string, r: RescoreResult): RescoreResponseDto {
  return { interview_id: interviewId, dry_run: r.dryRun, score: toScoreVersionDto(r.version), diff: r.diff ? toDiffDto(r.diff) : null };
}
