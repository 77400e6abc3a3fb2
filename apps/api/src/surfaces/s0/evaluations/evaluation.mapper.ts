import { EvaluationDocument } from '@candor/application';
import { EvaluationResponseDto } from './evaluation.response.dto';

/** S0 scores on 0..10. */
export const S0_SCALE = 10;

export function toEvaluationResponse(e: EvaluationDocument): EvaluationResponseDto {
  const scaled = (v: number | null) => (v === null ? null : Math.round((v / e.scale) * S0_SCALE * 100) / 100);
  return {
    id: e.id,
    session_id: e.interviewId,
    overall_score: scaled(e.scores.overall),
    coding_score: scaled(e.scores.coding),
    communication_score: scaled(e.scores.communication),
    problem_solving_score: scaled(e.scores.problemSolving),
    technical_score: scaled(e.scores.technical),
    key_findings: e.keyFindings.map((f) => ({ category: f.category, finding: f.finding, ...(f.evidence ? { evidence: f.evidence } : {}) })),
    recommendations: e.recommendations,
    source: e.source,
    summary: e.summary,
    created_at: e.createdAt,
  };
}
