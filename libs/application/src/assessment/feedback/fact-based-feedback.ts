import { CodeExecutionResult, InterviewEvent } from '@candor/domain';
import { InterviewFeedback } from './interview-feedback';

/** Words per answer at which an answer counts as fully developed. */
const SUBSTANTIAL_ANSWER_WORDS = 25;

/**
 * Deterministic feedback from what the interview recorded, S2's provisional answer while the AI score is pending:
 * - problem solving: the final submission's share of passed tests (or 1/0 on a clean/failed run without
 *   tests); without a submission, half the best execution's;
 * - code quality: the share of all runs (executions and submissions) that exited 0 within limits and
 *   wrote nothing to stderr;
 * - technical: the mean of the two when code was run, else 0;
 * - communication: how many questions the candidate answered and how developed the answers were;
 * - a reviewer's evaluation, when there is one, overrides each score it gives (normalised to 0..1);
 * - overall: the reviewer's overall score if given, else the mean of the four.
 */
export function factBasedFeedback(history: readonly InterviewEvent[]): InterviewFeedback {
  const runs: { language: string; result: CodeExecutionResult; submitted: boolean }[] = [];
  const candidateWords: number[] = [];
  let questions = 0;
  let review: Extract<InterviewEvent, { type: 'EvaluationRecorded' }>['data'] | null = null;
  for (const event of history) {
    if (event.type === 'CodeExecuted') runs.push({ language: event.data.language, result: event.data.result, submitted: false });
    if (event.type === 'CodeSubmitted') runs.push({ language: event.data.language, result: event.data.result, submitted: true });
    if (event.type === 'QuestionAsked') questions += 1;
    if (event.type === 'MessageRecorded' && event.data.speaker === 'candidate') candidateWords.push(wordCount(event.data.text));
    if (event.type === 'EvaluationRecorded' && event.data.source === 'reviewer') review = event.data;
  }

  const submissions = runs.filter((r) => r.submitted);
  const lastSubmission = submissions[submissions.length - 1];
  const bestExecution = Math.max(0, ...runs.map((r) => correctness(r.result)));
  let problemSolving = lastSubmission ? correctness(lastSubmission.result) : 0.5 * bestExecution;
  let codeQuality = runs.length ? runs.filter((r) => isClean(r.result)).length / runs.length : 0;
  let technical = runs.length ? (problemSolving + codeQuality) / 2 : 0;

  const answered = candidateWords.length;
  const responsiveness = questions > 0 ? Math.min(1, answered / questions) : answered > 0 ? 1 : 0;
  const meanWords = answered ? candidateWords.reduce((a, b) => a + b, 0) / answered : 0;
  let communication = (responsiveness + Math.min(1, meanWords / SUBSTANTIAL_ANSWER_WORDS)) / 2;

  let overall: number | null = null;
  if (review) {
    const norm = (v: number | null) => (v === null ? null : v / review!.scale);
    technical = norm(review.scores.technical) ?? norm(review.scores.coding) ?? technical;
    communication = norm(review.scores.communication) ?? communication;
    problemSolving = norm(review.scores.problemSolving) ?? problemSolving;
    codeQuality = norm(review.scores.codeQuality) ?? norm(review.scores.coding) ?? codeQuality;
    overall = norm(review.scores.overall);
  }
  overall ??= (technical + communication + problemSolving + codeQuality) / 4;

  const skillBreakdown: Record<string, number> = {};
  for (const language of new Set(runs.map((r) => r.language))) {
    const mine = runs.filter((r) => r.language === language);
    skillBreakdown[language] = round(mine.reduce((sum, r) => sum + correctness(r.result), 0) / mine.length);
  }
  skillBreakdown.communication = round(communication);

  return {
    overallScore: round(overall),
    communicationScore: round(communication),
    technicalScore: round(technical),
    problemSolvingScore: round(problemSolving),
    codeQualityScore: round(codeQuality),
    skillBreakdown,
    summary: summarise(runs.length, submissions.length, lastSubmission?.result, answered, questions, review !== null),
    source: 'automatic',
  };
}

function isClean(r: CodeExecutionResult): boolean {
  return r.exitCode === 0 && r.limitsHit.length === 0 && r.stderr.trim() === '';
}

function correctness(r: CodeExecutionResult): number {
  if (r.testResults.length > 0) return r.testResults.filter((t) => t.passed).length / r.testResults.length;
  return r.exitCode === 0 && r.limitsHit.length === 0 ? 1 : 0;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function summarise(
  runs: number,
  submissions: number,
  last: CodeExecutionResult | undefined,
  answered: number,
  questions: number,
  reviewed: boolean,
): string {
  const parts = [`Computed from the recorded interview: ${runs} code run(s), ${submissions} submission(s)`];
  if (last && last.testResults.length) {
    parts.push(`final submission passed ${last.testResults.filter((t) => t.passed).length} of ${last.testResults.length} tests`);
  } else if (last) {
    parts.push(`final submission exited with ${last.exitCode ?? 'no exit code'}`);
  }
  parts.push(`${answered} candidate message(s) for ${questions} question(s)`);
  if (reviewed) parts.push("a reviewer's evaluation overrides the scores it gives");
  return `${parts.join('; ')}.`;
}
