import { outOfTen } from '@candor/application';
import { codeRunSummary, EvidenceItem, ScoreEvidenceView } from '@candor/application/assessment';
import { ReportEvidenceItemDto, ReportEvidenceDto } from './report-evidence.dto';

function toEvidenceItem(e: EvidenceItem): ReportEvidenceItemDto {
  if (e.kind === 'message') {
    return {
      kind: 'message',
      id: e.id,
      at: e.at,
      offset_seconds: e.offsetSeconds,
      quote: e.quote,
      speaker: e.speaker,
      language: null,
      submitted: null,
      tests_passed: null,
      tests_total: null,
      duration_ms: null,
      analysis_score: null,
    };
  }
  return {
    kind: 'code_run',
    id: e.id,
    at: e.at,
    offset_seconds: e.offsetSeconds,
    quote: codeRunSummary(e),
    speaker: null,
    language: e.language,
    submitted: e.submitted,
    tests_passed: e.testsPassed,
    tests_total: e.testsTotal,
    duration_ms: e.durationMs,
    analysis_score: e.analysis?.score ?? null,
  };
}

/** The evidence as S3 and S4 reports show it (snake_case, scores on 0..10 like S3's). */
export function toReportEvidence(view: ScoreEvidenceView): ReportEvidenceDto {
  const findings = (kind: 'strength' | 'weakness') => view.findings.filter((f) => f.kind === kind).map((f) => ({ text: f.text, evidence: f.evidence.map(toEvidenceItem) }));
  return {
    dimensions: view.dimensions.map((d) => ({
      dimension: d.dimension,
      label: d.label,
      score: outOfTen(d.score),
      max_score: 10,
      reasoning: d.reasoning,
      evidence: d.evidence.map(toEvidenceItem),
    })),
    questions: view.questions.map((q) => ({
      question_id: q.questionId,
      question: q.question,
      phase: q.phase,
      score: q.score,
      max_score: q.maxScore,
      evidence: q.evidence.map(toEvidenceItem),
    })),
    strengths: findings('strength'),
    weaknesses: findings('weakness'),
    code_runs: view.codeRuns.map((r) => ({
      id: r.id,
      language: r.language,
      submitted: r.submitted,
      at: r.at,
      offset_seconds: r.offsetSeconds,
      tests_passed: r.testsPassed,
      tests_total: r.testsTotal,
      duration_ms: r.durationMs,
      memory_kb: r.memoryKb,
      tests: r.tests.map((t) => ({ name: t.name, hidden: t.hidden, passed: t.passed, time_ms: t.timeMs, memory_kb: t.memoryKb })),
    })),
    unresolved_ids: [...view.unresolved],
  };
}
