import {
  CitedFinding,
  CodeAnalyzed,
  CodeExecutionResult,
  DimensionScore,
  InterviewEvent,
  InterviewScoreCard,
  QuestionScore,
  Recommendation,
  RubricPointData,
  ScoreEvidence,
} from '@candor/domain';
import type { Llm } from '../../ports/llm.port';
import { answerAssessmentValidator } from '../ai-validators';
import { BUILTIN_MODEL } from '../engine/builtin-engine';
import { assessAnswer, RUBRIC_VERSION, round2 } from '../engine/rubric-scorer';
import { wordCount } from '../engine/text-match';
import { PROMPT_VERSIONS, renderTask } from '../prompts';
import { QUESTION_BANK_VERSION, ALL_QUESTIONS } from '../question-bank/question-bank';
import { SKILL_BY_ID } from '../question-bank/skills-taxonomy';
import { AskedQuestionRecord, readTranscript } from '../interviewer/interview-transcript';

export interface ScoringDeps {
  readonly llm: Llm;
}

/** Dimension weights of the overall score (code quality only counts when code was run). */
const WEIGHTS = { technical: 0.35, problemSolving: 0.25, communication: 0.2, codeQuality: 0.2 };
const BEHAVIORAL_SHARE = 0.15;
const THRESHOLDS: readonly [number, Recommendation][] = [
  [0.78, 'strong_hire'],
  [0.62, 'hire'],
  [0.45, 'maybe'],
];

interface Run {
  readonly id: string;
  readonly code: string;
  readonly language: string;
  readonly result: CodeExecutionResult;
  readonly submitted: boolean;
}

interface JudgedQuestion {
  readonly record: AskedQuestionRecord;
  readonly rubric: readonly RubricPointData[];
  readonly score: number;
  readonly covered: readonly string[];
  readonly missing: readonly string[];
  readonly feedback: string;
  /** The built-in judge's score when a language model judged (null when the built-in judge is the judge). */
  readonly builtinScore: number | null;
}

/** The events a score is computed from: everything up to (and including) the last completion. */
export function scoringBasis(history: readonly InterviewEvent[]): number {
  for (let i = history.length - 1; i >= 0; i -= 1) if (history[i].type === 'InterviewCompleted') return i + 1;
  return history.length;
}

/**
 * Scores an interview from its events alone: every question's answers against its rubric (a structured
 * model call; the built-in engine is deterministic), communication from how the candidate answered, problem
 * solving and code quality from the code runs (tests passed, clean runs, the recorded static analysis),
 * then strengths, weaknesses and a recommendation. Every score lists the message and execution ids it used.
 */
export async function scoreInterview(history: readonly InterviewEvent[], deps: ScoringDeps): Promise<InterviewScoreCard> {
  const events = history.slice(0, scoringBasis(history));
  const transcript = readTranscript(events);
  const runs: Run[] = [];
  for (const e of events) {
    if (e.type === 'CodeExecuted') runs.push({ id: e.data.executionId, code: e.data.code, language: e.data.language, result: e.data.result, submitted: false });
    if (e.type === 'CodeSubmitted') runs.push({ id: e.data.submissionId, code: e.data.code, language: e.data.language, result: e.data.result, submitted: true });
  }

  let tokens = 0;
  // The model as the server names it in its answers (a configured alias may resolve to a dated snapshot).
  let reportedModel = deps.llm.model;
  const judged: JudgedQuestion[] = [];
  for (const record of transcript.questions) {
    if (record.phase === 'wrap_up') continue;
    const rubric = record.turnQuestion?.rubric ?? ALL_QUESTIONS.find((q) => q.text === record.text)?.points ?? [];
    if (record.answers.length === 0) {
      judged.push({ record, rubric, score: 0, covered: [], missing: rubric.map((p) => p.id), feedback: 'Not answered.', builtinScore: null });
      continue;
    }
    const answer = record.answers.map((a) => a.text).join('\n');
    const result = await deps.llm.completeJson(
      renderTask({ kind: 'assess_answer', question: record.text, points: rubric, answer }, { temperature: 0, maxTokens: 400 }),
      answerAssessmentValidator(rubric),
    );
    tokens += result.usage.totalTokens;
    reportedModel = result.model ?? reportedModel;
    const builtinScore = (result.model ?? deps.llm.model) === BUILTIN_MODEL ? null : assessAnswer(answer, rubric, record.text).score;
    judged.push({ record, rubric, ...result.value, builtinScore });
  }

  const technicalQs = judged.filter((j) => j.record.phase === 'technical');
  const codingQs = judged.filter((j) => j.record.phase === 'coding');
  const behaviouralQs = judged.filter((j) => j.record.phase === 'behavioral');
  const answeredIds = (qs: readonly JudgedQuestion[]) => qs.flatMap((q) => q.record.answers.map((a) => a.messageId));

  // ---- technical
  const technical: DimensionScore = technicalQs.length
    ? dimension(mean(technicalQs.map((q) => q.score)), answeredIds(technicalQs), [], `Mean rubric score of ${technicalQs.length} technical question(s): ${technicalQs.map((q) => `${round1(q.score * 10)}/10`).join(', ')}.`)
    : dimension(0, [], [], 'No technical question was asked and answered.');

  // ---- problem solving
  const lastSubmission = [...runs].reverse().find((r) => r.submitted) ?? null;
  const codeRun = lastSubmission ?? bestRun(runs);
  const codeCorrectness = codeRun ? correctness(codeRun.result) : null;
  const verbal = codingQs.length ? mean(codingQs.map((q) => q.score)) : null;
  let problemSolving: DimensionScore;
  if (codeCorrectness !== null && verbal !== null) {
    problemSolving = dimension(0.6 * codeCorrectness + 0.4 * verbal, answeredIds(codingQs), [codeRun!.id], `${describeRun(codeRun!)}; the explained approach scored ${round1(verbal * 10)}/10.`);
  } else if (codeCorrectness !== null) {
    problemSolving = dimension(codeCorrectness, [], [codeRun!.id], `${describeRun(codeRun!)}.`);
  } else if (verbal !== null) {
    problemSolving = dimension(0.7 * verbal, answeredIds(codingQs), [], `No code was submitted; the explained approach scored ${round1(verbal * 10)}/10 (capped without working code).`);
  } else {
    problemSolving = dimension(0.8 * technical.score, technical.evidence.messageIds, [], 'No coding exercise; inferred from the technical answers.');
  }

  // ---- code quality
  let codeQuality: DimensionScore;
  let analyzerTools: string[] | null = null;
  if (runs.length) {
    const clean = runs.filter((r) => isClean(r.result)).length / runs.length;
    const tests = codeRun ? correctness(codeRun.result) : 0;
    const target = lastSubmission ?? runs[runs.length - 1];
    // The analysis recorded for that run before completion (a CodeAnalyzed event): read, never re-run, so a
    // re-score of the same events gives the same card.
    const analysis = [...events].reverse().find((e): e is CodeAnalyzed => e.type === 'CodeAnalyzed' && e.data.executionId === target.id)?.data ?? null;
    const parts = [`${runs.filter((r) => isClean(r.result)).length} of ${runs.length} run(s) were clean`, `tests passed: ${Math.round(tests * 100)}%`];
    let score = 0.6 * tests + 0.4 * clean;
    if (analysis) {
      analyzerTools = [...analysis.tools];
      score = 0.45 * tests + 0.25 * clean + 0.3 * (analysis.score / 10);
      parts.push(`recorded static analysis ${analysis.score}/10 with ${analysis.findings.length} finding(s) (${analysis.tools.join(', ')})`);
    }
    codeQuality = dimension(score, [], runs.map((r) => r.id), `${parts.join('; ')}.`);
  } else {
    codeQuality = dimension(0, [], [], 'No code was run or submitted.');
  }

  // ---- communication
  const answers = transcript.candidateMessages;
  const asked = judged.length;
  const answered = judged.filter((j) => j.record.answers.length > 0).length;
  const responsiveness = asked ? answered / asked : answers.length ? 1 : 0;
  const development = answers.length ? mean(answers.map((a) => developed(a.text))) : 0;
  const structure = answers.length ? mean(answers.map((a) => structured(a.text))) : 0;
  const communication = dimension(
    0.4 * responsiveness + 0.35 * development + 0.25 * structure,
    answers.map((a) => a.messageId),
    [],
    `Answered ${answered} of ${asked} question(s); answers averaged ${Math.round(mean(answers.map((a) => wordCount(a.text))))} words; ${Math.round(structure * 100)}% gave reasons or examples.`,
  );

  const behavioral = behaviouralQs.length
    ? dimension(mean(behaviouralQs.map((q) => q.score)), answeredIds(behaviouralQs), [], `Mean rubric score of ${behaviouralQs.length} behavioural question(s).`)
    : null;

  // ---- overall and recommendation
  const weights = { ...WEIGHTS, codeQuality: runs.length ? WEIGHTS.codeQuality : 0 };
  const total = weights.technical + weights.problemSolving + weights.communication + weights.codeQuality;
  let overall =
    (weights.technical * technical.score + weights.problemSolving * problemSolving.score + weights.communication * communication.score + weights.codeQuality * codeQuality.score) / total;
  if (behavioral) overall = (1 - BEHAVIORAL_SHARE) * overall + BEHAVIORAL_SHARE * behavioral.score;
  overall = round2(overall);
  const nothing = answered === 0 && runs.length === 0;
  const recommendation: Recommendation = nothing ? 'no_hire' : (THRESHOLDS.find(([min]) => overall >= min)?.[1] ?? 'no_hire');

  const questionScores: QuestionScore[] = judged.map((j) => ({
    questionId: j.record.questionId,
    bankQuestionId: j.record.turnQuestion?.bankQuestionId ?? null,
    question: j.record.text,
    phase: j.record.phase,
    skill: j.record.turnQuestion?.skill ?? null,
    score: round1(j.score * 10),
    maxScore: 10,
    feedback: j.feedback,
    covered: j.covered,
    missing: j.missing,
    evidence: { messageIds: j.record.answers.map((a) => a.messageId), executionIds: j.record.phase === 'coding' ? runs.map((r) => r.id) : [] },
    builtinScore: j.builtinScore === null ? null : round1(j.builtinScore * 10),
  }));

  const graded = runs.some((r) => r.result.testResults.length > 0);
  const findings = highlights(judged, { technical, problemSolving, codeQuality, communication }, runs.length > 0, graded, runs);
  const strengths = findings.filter((f) => f.kind === 'strength').map((f) => f.text);
  const weaknesses = findings.filter((f) => f.kind === 'weakness').map((f) => f.text);
  return {
    overall,
    communication,
    technical,
    problemSolving,
    codeQuality,
    behavioral,
    questionScores,
    skillBreakdown: skillBreakdown(judged, runs),
    strengths,
    weaknesses,
    findings,
    recommendation,
    recommendationReasoning: reasoning(recommendation, overall, { technical, problemSolving, communication, codeQuality }, runs.length > 0, nothing),
    versions: { rubric: RUBRIC_VERSION, model: reportedModel, prompt: PROMPT_VERSIONS.assess_answer, bank: QUESTION_BANK_VERSION, analyzer: analyzerTools },
    tokensUsed: tokens,
  };
}

function dimension(score: number, messageIds: readonly string[], executionIds: readonly string[], reasoning: string): DimensionScore {
  return { score: round2(score), evidence: { messageIds: [...messageIds], executionIds: [...executionIds] }, reasoning };
}

/** Strengths and weaknesses, each citing the answers and code runs it rests on. */
function highlights(
  judged: readonly JudgedQuestion[],
  d: { technical: DimensionScore; problemSolving: DimensionScore; codeQuality: DimensionScore; communication: DimensionScore },
  hasCode: boolean,
  graded: boolean,
  runs: readonly Run[],
): CitedFinding[] {
  const found: CitedFinding[] = [];
  const cite = (kind: CitedFinding['kind'], text: string, evidence: ScoreEvidence) =>
    found.push({ kind, text, evidence: { messageIds: [...evidence.messageIds], executionIds: [...evidence.executionIds] } });
  for (const j of judged) {
    const topic = topicOf(j);
    const evidence = { messageIds: j.record.answers.map((a) => a.messageId), executionIds: j.record.phase === 'coding' ? runs.map((r) => r.id) : [] };
    if (j.score >= 0.7) cite('strength', `Strong answer on ${topic}`, evidence);
    else if (j.score < 0.4) {
      const missed = j.rubric.filter((p) => j.missing.includes(p.id)).map((p) => p.text.charAt(0).toLowerCase() + p.text.slice(1));
      cite('weakness', j.record.answers.length === 0 ? `Did not answer the question on ${topic}` : `Weak answer on ${topic}${missed.length ? `: missed ${missed.slice(0, 2).join('; ')}` : ''}`, evidence);
    }
  }
  if (d.communication.score >= 0.75) cite('strength', 'Clear, well-developed explanations', d.communication.evidence);
  else if (d.communication.score < 0.4) cite('weakness', 'Answers were short or undeveloped', d.communication.evidence);
  if (hasCode && graded && d.problemSolving.score >= 0.8) cite('strength', 'Working code that passes its tests', d.problemSolving.evidence);
  if (hasCode && d.problemSolving.score < 0.5) cite('weakness', 'Submitted code did not work or failed its tests', d.problemSolving.evidence);
  if (hasCode && d.codeQuality.score < 0.5) cite('weakness', 'Code quality needs attention (failing runs or analysis findings)', d.codeQuality.evidence);
  return found;
}

function topicOf(j: JudgedQuestion): string {
  const skill = j.record.turnQuestion?.skill;
  if (j.record.phase === 'intro') return 'the candidate\'s background';
  if (j.record.phase === 'behavioral') return 'a behavioural question';
  if (j.record.phase === 'coding') return 'the coding exercise approach';
  return skill ? (SKILL_BY_ID.get(skill)?.label ?? skill) : `"${j.record.text}"`;
}

function reasoning(
  recommendation: Recommendation,
  overall: number,
  d: { technical: DimensionScore; problemSolving: DimensionScore; communication: DimensionScore; codeQuality: DimensionScore },
  hasCode: boolean,
  nothing: boolean,
): string {
  if (nothing) return 'The candidate neither answered a question nor ran any code: there is nothing to support a hire.';
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const verdict: Record<Recommendation, string> = {
    strong_hire: 'performed strongly across the board',
    hire: 'meets the bar',
    maybe: 'is borderline',
    no_hire: 'is below the bar',
  };
  return (
    `Overall ${pct(overall)}: the candidate ${verdict[recommendation]}. Technical ${pct(d.technical.score)}, problem solving ${pct(d.problemSolving.score)}, ` +
    `communication ${pct(d.communication.score)}${hasCode ? `, code quality ${pct(d.codeQuality.score)}` : ' (no code to judge quality)'}.`
  );
}

function skillBreakdown(judged: readonly JudgedQuestion[], runs: readonly Run[]): Record<string, number> {
  const bySkill = new Map<string, number[]>();
  for (const j of judged) {
    const key = j.record.phase === 'technical' ? (j.record.turnQuestion?.skill ?? 'technical') : j.record.phase;
    bySkill.set(key, [...(bySkill.get(key) ?? []), j.score]);
  }
  for (const r of runs) bySkill.set(r.language, [...(bySkill.get(r.language) ?? []), correctness(r.result)]);
  return Object.fromEntries([...bySkill].map(([k, v]) => [k, round2(mean(v))]));
}

function correctness(r: CodeExecutionResult): number {
  if (r.testResults.length > 0) return r.testResults.filter((t) => t.passed).length / r.testResults.length;
  return r.exitCode === 0 && r.limitsHit.length === 0 ? 1 : 0;
}

function isClean(r: CodeExecutionResult): boolean {
  return r.exitCode === 0 && r.limitsHit.length === 0 && r.stderr.trim() === '';
}

function bestRun(runs: readonly Run[]): Run | null {
  return runs.reduce<Run | null>((best, r) => (!best || correctness(r.result) > correctness(best.result) ? r : best), null);
}

function describeRun(r: Run): string {
  const t = r.result.testResults;
  const kind = r.submitted ? 'final submission' : 'best execution';
  if (!t.length) return `the ${kind} exited with ${r.result.exitCode ?? 'no exit code'} (no tests were run)`;
  const hidden = t.filter((x) => x.hidden);
  const hiddenNote = hidden.length ? ` (${hidden.filter((x) => x.passed).length} of ${hidden.length} hidden)` : '';
  const failed = t.filter((x) => !x.passed).map((x) => x.name);
  return `the ${kind} passed ${t.filter((x) => x.passed).length} of ${t.length} tests${hiddenNote}${failed.length ? `; failed: ${failed.slice(0, 4).join(', ')}` : ''}`;
}

/** 0 for nothing, 1 from 40 words; very long monologues lose a little. */
function developed(text: string): number {
  const words = wordCount(text);
  return words > 300 ? 0.8 : Math.min(1, words / 40);
}

function structured(text: string): number {
  const reasons = /\b(because|so that|therefore|for example|for instance|such as|which means|trade-?offs?|however|instead)\b/i.test(text) ? 0.6 : 0;
  const sentences = text.split(/[.!?]+\s/).filter((s) => s.trim().length > 0).length >= 2 ? 0.4 : 0;
  return reasons + sentences;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
