import { DomainErrorKind, InterviewScoreCard } from '@candor/domain';
import { JobQueue } from '../../ports/job-queue.port';

/**
 * The contract of the queue interview scoring goes through: the assessment reactor (and the retry
 * scheduler) enqueue, the AI's scoring worker (ai/scoring/interview-scoring.job.ts) answers. It lives with
 * the assessment, which owns the scores, so that the assessment context does not import the AI one.
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
  /** False when the interview had already been assessed (this job recorded nothing new). */
  readonly recorded: boolean;
}

/** Results cross process boundaries as JSON; a DomainError travels as data (see code-execution.job.ts). */
export type InterviewScoringJobResult =
  | { readonly ok: true; readonly score: RecordedScore }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly kind: DomainErrorKind } };

/** The scoring job's id: one per interview (and per retry attempt), so queuing it twice runs it once. */
export function scoringJobId(interviewId: string, attempt?: string): string {
  return attempt ? `score-${interviewId}-${attempt}` : `score-${interviewId}`;
}

export function enqueueScoring(queue: JobQueue, interviewId: string, attempt?: string): Promise<void> {
  return queue.enqueue<InterviewScoringJob>(INTERVIEW_SCORING_QUEUE, { interviewId }, { jobId: scoringJobId(interviewId, attempt) });
}

/** How long S2's complete waits for the score on the assessment projection before answering without it. */
export interface InterviewScoringOptions {
  readonly waitMs: number;
}

export const INTERVIEW_SCORING_OPTIONS = Symbol('INTERVIEW_SCORING_OPTIONS');
