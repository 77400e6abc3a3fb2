import { DomainErrorKind, InterviewScoreCard } from '@candor/domain';

/**
 * The contract of the queue interview scoring goes through: CompleteInterview enqueues (S2's complete waits
 * for the result), the AI's scoring worker (ai/scoring/interview-scoring.job.ts) answers. It lives with the
 * interview, which owns the completion, so that the interview context does not import the AI one.
 */
export const INTERVIEW_SCORING_QUEUE = 'interview-scoring';

export interface InterviewScoringJob {
  readonly interviewId: string;
}

export interface RecordedScore {
  readonly scoreId: string;
  readonly basisVersion: number;
  readonly card: InterviewScoreCard;
  readonly evaluationId: string | null;
  /** False when the same events had already been scored by the same rubric and model. */
  readonly recorded: boolean;
}

/** Results cross process boundaries as JSON; a DomainError travels as data (see code-execution.job.ts). */
export type InterviewScoringJobResult =
  | { readonly ok: true; readonly score: RecordedScore }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly kind: DomainErrorKind } };

/** How long S2's complete waits for the score before answering with the provisional, fact-based feedback. */
export interface InterviewScoringOptions {
  readonly waitMs: number;
}

export const INTERVIEW_SCORING_OPTIONS = Symbol('INTERVIEW_SCORING_OPTIONS');
