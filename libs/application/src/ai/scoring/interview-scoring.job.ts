import { DomainError, DomainErrorKind } from '@candor/domain';
import { JobHandler, JobQueue } from '../../ports/job-queue.port';
import { InterviewScoringService, RecordedScore } from './interview-scoring.service';

/** The queue interview scoring goes through (CompleteInterview enqueues; S2's complete waits for it). */
export const INTERVIEW_SCORING_QUEUE = 'interview-scoring';

export interface InterviewScoringJob {
  readonly interviewId: string;
}

/** Results cross process boundaries as JSON; a DomainError travels as data (see code-execution.job.ts). */
export type InterviewScoringJobResult =
  | { readonly ok: true; readonly score: RecordedScore }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly kind: DomainErrorKind } };

export function interviewScoringJobHandler(service: InterviewScoringService): JobHandler<InterviewScoringJob, InterviewScoringJobResult> {
  return async (job) => {
    try {
      return { ok: true, score: await service.score(job.interviewId) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message, kind: error.kind } };
      throw error;
    }
  };
}

export function registerInterviewScoringWorker(queue: JobQueue, service: InterviewScoringService, concurrency: number): void {
  queue.process(INTERVIEW_SCORING_QUEUE, concurrency, interviewScoringJobHandler(service));
}

/** How long S2's complete waits for the score before answering with the provisional, fact-based feedback. */
export interface InterviewScoringOptions {
  readonly waitMs: number;
}

export const INTERVIEW_SCORING_OPTIONS = Symbol('INTERVIEW_SCORING_OPTIONS');
