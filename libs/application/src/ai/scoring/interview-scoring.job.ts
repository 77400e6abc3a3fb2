import { DomainError } from '@candor/domain';
import { JobHandler, JobQueue } from '../../ports/job-queue.port';
import {
  INTERVIEW_SCORING_QUEUE,
  InterviewScoringJob,
  InterviewScoringJobResult,
} from '../../interview/interview-scoring.queue';
import { InterviewScoringService } from './interview-scoring.service';

export { INTERVIEW_SCORING_OPTIONS, INTERVIEW_SCORING_QUEUE } from '../../interview/interview-scoring.queue';
export type { InterviewScoringJob, InterviewScoringJobResult, InterviewScoringOptions, RecordedScore } from '../../interview/interview-scoring.queue';

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
