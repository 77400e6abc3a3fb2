import { InterviewScoreCard } from '@candor/domain';

export interface ValueChange<T> {
  readonly from: T;
  readonly to: T;
}

export interface ScoreDiff {
  readonly overall: ValueChange<number> & { readonly delta: number };
  readonly recommendation: ValueChange<string> | null;
  /** Only the dimensions whose score changed. */
  readonly dimensions: Readonly<Record<string, ValueChange<number | null> & { readonly delta: number | null }>>;
  /** Only the questions whose score changed (on 0..10). */
  readonly questions: readonly (ValueChange<number | null> & { readonly questionId: string; readonly question: string })[];
  /** Only the rubric, model, prompt and bank versions that changed. */
  readonly versions: Readonly<Record<string, ValueChange<string | null>>>;
}

const DIMENSIONS = ['technical', 'problemSolving', 'codeQuality', 'communication', 'behavioral'] as const;

/** What changed from one score version to another: a reviewer reads this rather than two whole cards. */
export function scoreDiff(a: InterviewScoreCard, b: InterviewScoreCard): ScoreDiff {
  const dimensions: Record<string, ValueChange<number | null> & { delta: number | null }> = {};
  for (const d of DIMENSIONS) {
    const from = a[d]?.score ?? null;
    const to = b[d]?.score ?? null;
    if (from !== to) dimensions[d] = { from, to, delta: from !== null && to !== null ? round2(to - from) : null };
  }
  const before = new Map(a.questionScores.map((q) => [q.questionId, q]));
  const questions = b.questionScores
    .map((q) => ({ questionId: q.questionId, question: q.question, from: before.get(q.questionId)?.score ?? null, to: q.score }))
    .filter((q) => q.from !== q.to);
  const versions: Record<string, ValueChange<string | null>> = {};
  for (const key of ['rubric', 'model', 'prompt', 'bank'] as const) {
    if (a.versions[key] !== b.versions[key]) versions[key] = { from: a.versions[key] ?? null, to: b.versions[key] ?? null };
  }
  return {
    overall: { from: a.overall, to: b.overall, delta: round2(b.overall - a.overall) },
    recommendation: a.recommendation === b.recommendation ? null : { from: a.recommendation, to: b.recommendation },
    dimensions,
    questions,
    versions,
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
