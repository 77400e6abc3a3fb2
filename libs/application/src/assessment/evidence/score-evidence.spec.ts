import { DimensionScore, InterviewScoreCard } from '@candor/domain';
import { TranscriptEntry } from '../../interview/projections/transcript.projection';
import { CodeRunDocument } from '../projections/code-runs.projection';
import { codeRunSummary, QUOTE_LENGTH, resolveScoreEvidence } from './score-evidence';

const STARTED = '2026-01-15T14:00:00.000Z';
const dim = (score: number, messageIds: string[], executionIds: string[] = []): DimensionScore => ({ score, evidence: { messageIds, executionIds }, reasoning: `r${score}` });

const messages: TranscriptEntry[] = [
  { id: 'm-q', speaker: 'ai', text: 'How does a dict work?', timestamp: '2026-01-15T14:01:00.000Z' },
  { id: 'm-a', speaker: 'candidate', text: 'A dict is a hash table keyed by the hash of the key.', timestamp: '2026-01-15T14:02:05.000Z' },
  { id: 'm-long', speaker: 'candidate', text: `I would ${'really '.repeat(80)}explain it.`, timestamp: '2026-01-15T14:12:04.000Z' },
];

const run = (runId: string, kind: CodeRunDocument['kind'], sequence: number, passed: number, total: number): CodeRunDocument => ({
  _id: `i/${runId}`,
  runId,
  interviewId: 'i',
  kind,
  language: 'python',
  problemId: 'p',
  at: '2026-01-15T14:20:00.000Z',
  status: 'ok',
  exitCode: 0,
  durationMs: 212,
  memoryKb: 9000,
  testsPassed: passed,
  testsTotal: total,
  tests: Array.from({ length: total }, (_, i) => ({ name: `case ${i + 1}`, hidden: i > 0, passed: i < passed, timeMs: 10, memoryKb: 8000 })),
  analysis: kind === 'submission' ? { score: 8, summary: 's', findingCount: 1, tools: ['pyflakes'], analyzedAt: '2026-01-15T14:20:01.000Z' } : null,
  sequence,
});
const runs = [run('run-1', 'execution', 1, 1, 3), run('sub-1', 'submission', 2, 3, 3), run('run-ungraded', 'execution', 3, 0, 0)];

const card: InterviewScoreCard = {
  overall: 0.7,
  communication: dim(0.8, ['m-a', 'm-long']),
  technical: dim(0.75, ['m-a']),
  problemSolving: dim(0.9, [], ['sub-1']),
  codeQuality: dim(0.7, [], ['run-1', 'sub-1', 'run-ungraded']),
  behavioral: null,
  questionScores: [
    { questionId: 'q1', bankQuestionId: null, question: 'How does a dict work?', phase: 'technical', skill: 'python', score: 7.5, maxScore: 10, feedback: 'f', covered: [], missing: [], evidence: { messageIds: ['m-a', 'm-erased'], executionIds: [] } },
  ],
  skillBreakdown: {},
  strengths: ['Working code that passes its tests'],
  weaknesses: [],
  findings: [{ kind: 'strength', text: 'Working code that passes its tests', evidence: { messageIds: [], executionIds: ['sub-1'] } }],
  recommendation: 'hire',
  recommendationReasoning: 'x',
  versions: { rubric: 'r', model: 'builtin', prompt: 'p', bank: 'b', analyzer: null },
  tokensUsed: 0,
};

describe('resolveScoreEvidence', () => {
  const view = resolveScoreEvidence(card, messages, runs, { startedAt: STARTED, endedAt: '2026-01-15T14:30:00.000Z' });

  it('quotes each cited message with its time since the start', () => {
    const technical = view.dimensions.find((d) => d.dimension === 'technical')!;
    expect(technical).toMatchObject({ label: 'Technical', score: 0.75, reasoning: 'r0.75' });
    expect(technical.evidence).toEqual([{ kind: 'message', id: 'm-a', speaker: 'candidate', quote: messages[1].text, at: messages[1].timestamp, offsetSeconds: 125 }]);
    const long = view.dimensions.find((d) => d.dimension === 'communication')!.evidence[1];
    expect(long).toMatchObject({ kind: 'message', offsetSeconds: 724 });
    expect(long.kind === 'message' && long.quote.length).toBeLessThanOrEqual(QUOTE_LENGTH);
    expect(long.kind === 'message' && long.quote.length).toBeGreaterThan(QUOTE_LENGTH - 10);
    expect(long.kind === 'message' && long.quote.endsWith('…')).toBe(true);
  });

  it('gives each cited code run its tests, time and recorded analysis', () => {
    const problem = view.dimensions.find((d) => d.dimension === 'problem_solving')!.evidence;
    expect(problem).toEqual([expect.objectContaining({ kind: 'code_run', id: 'sub-1', submitted: true, testsPassed: 3, testsTotal: 3, durationMs: 212, analysis: { score: 8, findingCount: 1, tools: ['pyflakes'] } })]);
    expect(codeRunSummary(problem[0] as never)).toBe('python submission: 3 of 3 tests passed in 212 ms (analysis 8/10, 1 finding(s))');
    expect(view.findings).toEqual([{ kind: 'strength', text: 'Working code that passes its tests', evidence: problem }]);
  });

  it('shows an analysis only when it was recorded by the end of the interview (the score could not read a later one)', () => {
    const late = resolveScoreEvidence(card, messages, runs, { startedAt: STARTED, endedAt: '2026-01-15T14:20:00.500Z' });
    expect(late.dimensions.find((d) => d.dimension === 'problem_solving')!.evidence[0]).toMatchObject({ id: 'sub-1', analysis: null });
  });

  it('tabulates each graded submission per test, and lists cited ids no read model holds', () => {
    expect(view.codeRuns.map((r) => r.id)).toEqual(['sub-1']);
    expect(view.codeRuns[0].tests).toHaveLength(3);
    expect(view.questions[0].evidence.map((e) => e.id)).toEqual(['m-a']);
    expect(view.unresolved).toEqual(['m-erased']);
  });

  it('without a submission, tabulates the last graded run; a card without cited findings shows them bare', () => {
    const runsOnly = resolveScoreEvidence({ ...card, findings: undefined }, messages, runs.filter((r) => r.kind === 'execution'), { startedAt: null, endedAt: null });
    expect(runsOnly.codeRuns.map((r) => r.id)).toEqual(['run-1']);
    expect(runsOnly.findings).toEqual([{ kind: 'strength', text: 'Working code that passes its tests', evidence: [] }]);
    expect(runsOnly.dimensions[0].evidence[0]).toMatchObject({ offsetSeconds: null });
  });
});
