import { AnswerAssessment } from '../../ports/llm-task';
import { RubricPoint } from '../../ports/question-bank.types';
import { containsKeyword, tokenize, wordCount } from './text-match';

/** The rubric's version: recorded with every score so a re-score can tell it used the same rules. */
export const RUBRIC_VERSION = 'rubric-2026.1';

/** Words at which an answer counts as fully developed. */
const DEVELOPED_WORDS = 60;
const NON_ANSWER = /\b(i\s+do\s*n[o']?t\s+know|dont\s+know|no\s+idea|not\s+sure|never\s+(used|heard)|no\s+clue)\b|^\s*(pass|skip)\b/i;
const EXAMPLE = /\b(for example|for instance|e\.g\.|such as|in my (last |previous |current )?(project|job|team|role)|at my (last |previous |current )?(job|company)|we had|i built|i used)\b/i;
const REASONING = /\b(because|so that|therefore|which means|trade-?offs?|the reason|otherwise|whereas|however|instead)\b/i;

/**
 * Scores an answer against a question's expected points: coverage of the points (keyword and synonym
 * matching) weighs most, then how developed the answer is (length), then its structure (an example,
 * reasoning). An answer that covers no point cannot score above 0.15, whatever its length.
 */
export function assessAnswer(answer: string, points: readonly RubricPoint[]): AnswerAssessment {
  const tokens = tokenize(answer);
  const words = wordCount(answer);
  const nonAnswer = NON_ANSWER.test(answer) && words < 15;
  const covered = nonAnswer ? [] : points.filter((p) => p.keywords.some((k) => containsKeyword(tokens, k)));
  const missing = points.filter((p) => !covered.includes(p));
  const coverage = points.length ? covered.length / points.length : 0;
  const depth = nonAnswer ? 0 : Math.min(1, words / DEVELOPED_WORDS);
  const structure = nonAnswer ? 0 : (EXAMPLE.test(answer) ? 0.5 : 0) + (REASONING.test(answer) ? 0.5 : 0);
  let score = points.length ? 0.7 * coverage + 0.2 * depth + 0.1 * structure : 0.6 * depth + 0.4 * structure;
  if (points.length && covered.length === 0) score = Math.min(score, 0.15);
  return {
    score: round2(score),
    covered: covered.map((p) => p.id),
    missing: missing.map((p) => p.id),
    feedback: feedbackFor(points, covered, missing, words, nonAnswer),
  };
}

function feedbackFor(points: readonly RubricPoint[], covered: RubricPoint[], missing: RubricPoint[], words: number, nonAnswer: boolean): string {
  if (nonAnswer) return 'The candidate did not attempt an answer.';
  if (!points.length) return words >= 25 ? 'A developed answer.' : 'A short answer.';
  const parts: string[] = [];
  if (covered.length) parts.push(`Covered: ${covered.map((p) => lowerFirst(p.text)).join('; ')}.`);
  if (missing.length) parts.push(`Missed: ${missing.map((p) => lowerFirst(p.text)).join('; ')}.`);
  if (words < 12) parts.push('The answer was very brief.');
  return parts.join(' ');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function round2(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;
}
