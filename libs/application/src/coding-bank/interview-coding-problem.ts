import { createHash } from 'node:crypto';
import { CODING_PROBLEM_BY_ID, CODING_PROBLEMS } from './coding-problem-bank';
import { CodingProblem, ProblemDifficulty } from './coding-problem.types';

/** What picks an interview's coding problem: the one already asked or graded, else a draw seeded by the interview. */
export interface CodingProblemContext {
  readonly interviewId: string;
  readonly codingProblemId: string | null;
  readonly difficulty: string | null;
}

/**
 * The problem an interview's code is graded against. Once asked (the interviewer's coding question) or
 * graded (the first run records it), it stays; before that, the draw depends only on the interview id and
 * difficulty, so the problem shown and the problem graded are the same.
 */
export function interviewCodingProblem(context: CodingProblemContext): CodingProblem {
  const recorded = context.codingProblemId ? CODING_PROBLEM_BY_ID.get(context.codingProblemId) : undefined;
  if (recorded) return recorded;
  const level = problemDifficulty(context.difficulty);
  const pool = CODING_PROBLEMS.filter((p) => p.difficulty === level);
  const draw = createHash('sha256').update(`coding:${context.interviewId}`).digest().readUInt32BE(0);
  return pool[draw % pool.length];
}

function problemDifficulty(difficulty: string | null): ProblemDifficulty {
  const d = (difficulty ?? '').toLowerCase();
  if (d === 'easy' || /junior|intern|entry/.test(d)) return 'easy';
  if (d === 'hard' || /senior|staff|principal|lead/.test(d)) return 'hard';
  return 'medium';
}
