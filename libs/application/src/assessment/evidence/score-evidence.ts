import { CitedFinding, InterviewScoreCard, ScoreEvidence, Speaker } from '@candor/domain';
import { TranscriptEntry } from '../../interview/projections/transcript.projection';
import { CodeRunDocument, CodeRunTest } from '../projections/code-runs.projection';

/** A quote is cut here: enough to recognise the answer, short enough for a report line. */
export const QUOTE_LENGTH = 240;

/** A cited message, as a report quotes it. */
export interface MessageEvidence {
  readonly kind: 'message';
  readonly id: string;
  readonly speaker: Speaker;
  /** The message text, cut at QUOTE_LENGTH characters (with an ellipsis). */
  readonly quote: string;
  readonly at: string;
  /** Seconds since the interview started (null when it has no start time). */
  readonly offsetSeconds: number | null;
}

/** A cited code run or submission: what its tests proved and the analysis recorded for it. */
export interface CodeRunEvidence {
  readonly kind: 'code_run';
  readonly id: string;
  readonly submitted: boolean;
  readonly language: string;
  readonly at: string;
  readonly offsetSeconds: number | null;
  readonly status: string;
  readonly testsPassed: number;
  readonly testsTotal: number;
  readonly durationMs: number;
  readonly memoryKb: number | null;
  /** The recorded static analysis (`CodeAnalyzed`) of this run, when one ran. */
  readonly analysis: { readonly score: number; readonly findingCount: number; readonly tools: readonly string[] } | null;
}

export type EvidenceItem = MessageEvidence | CodeRunEvidence;

export type DimensionKey = 'technical' | 'problem_solving' | 'communication' | 'code_quality' | 'behavioral';

export interface DimensionEvidence {
  readonly dimension: DimensionKey;
  readonly label: string;
  /** 0..1, as on the card. */
  readonly score: number;
  readonly reasoning: string;
  readonly evidence: readonly EvidenceItem[];
}

export interface QuestionEvidence {
  readonly questionId: string;
  readonly question: string;
  readonly phase: string;
  readonly score: number;
  readonly maxScore: number;
  readonly evidence: readonly EvidenceItem[];
}

export interface FindingEvidence {
  readonly kind: CitedFinding['kind'];
  readonly text: string;
  readonly evidence: readonly EvidenceItem[];
}

/** A code run with each of its test cases, for the per-test table of a report. */
export interface CodeRunResults extends CodeRunEvidence {
  readonly tests: readonly CodeRunTest[];
}

/** Every number of a score card with the recorded facts it cites, resolved from the read models. */
export interface ScoreEvidenceView {
  readonly dimensions: readonly DimensionEvidence[];
  readonly questions: readonly QuestionEvidence[];
  readonly findings: readonly FindingEvidence[];
  /** The per-test results of each cited submission (without one, of the last cited graded run), in recorded order. */
  readonly codeRuns: readonly CodeRunResults[];
  /** Cited ids no read model holds (e.g. a message erased since): listed, never silently dropped. */
  readonly unresolved: readonly string[];
}

const DIMENSION_LABELS: Record<DimensionKey, string> = {
  technical: 'Technical',
  problem_solving: 'Problem solving',
  communication: 'Communication',
  code_quality: 'Code quality',
  behavioral: 'Behavioural',
};

export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

function offsetSeconds(at: string, startedAt: string | null): number | null {
  if (!startedAt) return null;
  const seconds = Math.round((Date.parse(at) - Date.parse(startedAt)) / 1000);
  return Number.isFinite(seconds) ? Math.max(0, seconds) : null;
}

/** When the interview ran: times are given from its start; a score rests on what was recorded by its end. */
export interface InterviewTimes {
  readonly startedAt: string | null;
  readonly endedAt: string | null;
}

/**
 * Resolves the message and code-run ids a score card cites into quotes and test results, from the transcript
 * and the code-run read model: nothing is re-computed, so the evidence is exactly what was recorded. A run's
 * analysis is shown only when it was recorded by the end of the interview: scoring reads the events up to the
 * completion, so an analysis that finished later is no evidence of this score.
 */
export function resolveScoreEvidence(
  card: InterviewScoreCard,
  messages: readonly TranscriptEntry[],
  runs: readonly CodeRunDocument[],
  { startedAt, endedAt }: InterviewTimes,
): ScoreEvidenceView {
  const messageById = new Map(messages.map((m) => [m.id, m]));
  const runById = new Map(runs.map((r) => [r.runId, r]));
  const unresolved = new Set<string>();

  const runEvidence = (r: CodeRunDocument): CodeRunEvidence => ({
    kind: 'code_run',
    id: r.runId,
    submitted: r.kind === 'submission',
    language: r.language,
    at: r.at,
    offsetSeconds: offsetSeconds(r.at, startedAt),
    status: r.status,
    testsPassed: r.testsPassed,
    testsTotal: r.testsTotal,
    durationMs: r.durationMs,
    memoryKb: r.memoryKb,
    analysis:
      r.analysis && (!endedAt || r.analysis.analyzedAt <= endedAt) ? { score: r.analysis.score, findingCount: r.analysis.findingCount, tools: [...r.analysis.tools] } : null,
  });

  const resolve = (cited: ScoreEvidence): EvidenceItem[] => {
    const items: EvidenceItem[] = [];
    for (const id of cited.messageIds) {
      const m = messageById.get(id);
      if (!m) unresolved.add(id);
      else items.push({ kind: 'message', id, speaker: m.speaker, quote: quoteOf(m.text), at: m.timestamp, offsetSeconds: offsetSeconds(m.timestamp, startedAt) });
    }
    for (const id of cited.executionIds) {
      const r = runById.get(id);
      if (!r) unresolved.add(id);
      else items.push(runEvidence(r));
    }
    return items;
  };

  const dimension = (key: DimensionKey, d: InterviewScoreCard['technical']): DimensionEvidence => ({
    dimension: key,
    label: DIMENSION_LABELS[key],
    score: d.score,
    reasoning: d.reasoning,
    evidence: resolve(d.evidence),
  });
  const dimensions = [
    dimension('technical', card.technical),
    dimension('problem_solving', card.problemSolving),
    dimension('communication', card.communication),
    dimension('code_quality', card.codeQuality),
    ...(card.behavioral ? [dimension('behavioral', card.behavioral)] : []),
  ];

  const questions = card.questionScores.map((q) => ({
    questionId: q.questionId,
    question: q.question,
    phase: q.phase,
    score: q.score,
    maxScore: q.maxScore,
    evidence: resolve(q.evidence),
  }));

  // Cards recorded before findings were cited list their strengths and weaknesses bare: shown without evidence.
  const cited: readonly CitedFinding[] = card.findings ?? [
    ...card.strengths.map((text) => ({ kind: 'strength' as const, text, evidence: { messageIds: [], executionIds: [] } })),
    ...card.weaknesses.map((text) => ({ kind: 'weakness' as const, text, evidence: { messageIds: [], executionIds: [] } })),
  ];
  const findings = cited.map((f) => ({ kind: f.kind, text: f.text, evidence: resolve(f.evidence) }));

  const citedRunIds = new Set([
    ...[card.technical, card.problemSolving, card.communication, card.codeQuality, card.behavioral].flatMap((d) => d?.evidence.executionIds ?? []),
    ...card.questionScores.flatMap((q) => q.evidence.executionIds),
  ]);
  const graded = runs.filter((r) => citedRunIds.has(r.runId) && r.testsTotal > 0);
  const submissions = graded.filter((r) => r.kind === 'submission');
  // Each submission's results; an interview that only ran code shows its last graded run.
  const shown = submissions.length ? submissions : graded.slice(-1);
  const codeRuns = shown.map((r) => ({ ...runEvidence(r), tests: r.tests.map((t) => ({ ...t })) }));

  return { dimensions, questions, findings, codeRuns, unresolved: [...unresolved] };
}

/** What a code run proved, in one line: "python submission: 7 of 8 tests passed in 212 ms (analysis 8/10)". */
export function codeRunSummary(r: CodeRunEvidence): string {
  const what = `${r.language} ${r.submitted ? 'submission' : 'run'}`;
  const tests = r.testsTotal ? `${r.testsPassed} of ${r.testsTotal} tests passed` : `no tests, ${r.status}`;
  const analysis = r.analysis ? ` (analysis ${r.analysis.score}/10, ${r.analysis.findingCount} finding(s))` : '';
  return `${what}: ${tests} in ${r.durationMs} ms${analysis}`;
}
