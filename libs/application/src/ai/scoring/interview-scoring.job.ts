import { DomainError } from '@candor/domain';
import { JobHandler, JobQueue } from '../../ports/job-queue.port';
import { ScoringRetryScheduler } from '../../assessment/scoring/scoring-retry.scheduler';
import { INTERVIEW_SCORING_QUEUE, InterviewScoringJob, InterviewScoringJobResult } from '../../assessment/scoring/interview-scoring.queue';
import { InterviewScoringService } from './interview-scoring.service';

/**
 * A refusal (not completed, unknown interview) is an answer. Anything else (the model unreachable or
 * malformed, a store error) is a failed attempt: recorded on the assessment stream with its reason, so the
 * interview shows `scoring_failed`, and retried with backoff until a score is recorded.
 */
export function interviewScoringJobHandler(service: InterviewScoringService, retries: ScoringRetryScheduler | null = null): JobHandler<InterviewScoringJob, InterviewScoringJobResult> {
  return async (job) => {
    try {
      return { ok: true, score: await service.score(job.interviewId) };
    } catch (error) {
      const refused = error instanceof DomainError && error.kind !== 'unavailable';
      if (!refused) await recordFailedAttempt(service, retries, job.interviewId, error);
      if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message, kind: error.kind } };
      throw error;
    }
  };
}

async function recordFailedAttempt(service: InterviewScoringService, retries: ScoringRetryScheduler | null, interviewId: string, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  try {
    const previous = await service.failedAttempts(interviewId);
    const retryAt = retries ? new Date(Date.now() + retries.delayFor(previous + 1)).toISOString() : null;
    const attempt = await service.recordFailure(interviewId, reason, retryAt);
    retries?.schedule(interviewId, attempt);
  } catch {
    // The store itself is failing: the next start re-queues the interview (it has no score).
  }
}

export function registerInterviewScoringWorker(queue: JobQueue, service: InterviewScoringService, concurrency: number, retries: ScoringRetryScheduler | null = null): void {
  queue.process(INTERVIEW_SCORING_QUEUE, concurrency, interviewScoringJobHandler(service, retries));
}
