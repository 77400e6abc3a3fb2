import { RecordedEvent } from '@candor/contracts';
import { JobQueue } from '../../ports/job-queue.port';
import { ReadStore } from '../../ports/read-store.port';
import { isInterviewEvent } from '../../interview/projections/interview-events';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../projections/assessment-status.projection';
import { enqueueScoring } from './interview-scoring.queue';

/**
 * The log reactor's name: its checkpoint sits beside the projections'. It keeps the name of the reactor it
 * replaced, so an upgraded server goes on from where that one stopped instead of replaying the log.
 */
export const ASSESSMENT_REACTOR = 'reactor:score-on-completion';

export interface AssessmentReactorLogger {
  entry(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Drives the assessment from the interview's events: every completed interview is scored, whichever way
 * it completed (S0/S2 complete, S1 `PUT status=completed`, LiveKit's room_finished, the S3 socket's
 * end_interview). Run by a LogReactor (in log order from its checkpoint; a reaction that throws, e.g. a
 * full queue, is retried and the checkpoint does not move past it). Queuing twice is harmless: the job id
 * runs once, and the scoring service records nothing for an interview already assessed.
 */
export class AssessmentReactor {
  constructor(
    private readonly reads: ReadStore,
    private readonly queue: JobQueue,
    private readonly logger: AssessmentReactorLogger,
  ) {}

  async react(event: RecordedEvent): Promise<void> {
    if (event.type !== 'InterviewCompleted' || !isInterviewEvent(event)) return;
    const interviewId = String(event.data.interviewId);
    // Replaying from an old checkpoint: an interview already scored is not queued again. The assessment's
    // status read model answers in one lookup (reading the interview stream would cost its whole length).
    if ((await this.status(interviewId))?.versions) return;
    await enqueueScoring(this.queue, interviewId);
  }

  /**
   * A failed scoring waits for its retry in a timer, which a restart loses: whatever is still
   * `scoring_failed` is queued again at start (its completion lies behind the saved checkpoint).
   */
  async requeueFailed(): Promise<void> {
    const failed = await this.reads.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).find({ status: 'scoring_failed' });
    for (const doc of failed) {
      await enqueueScoring(this.queue, doc._id, `restart-${doc.attempts}-${Date.now()}`).catch((error) =>
        this.logger.entry('warn', 'failed scoring not re-queued at start', { interviewId: doc._id, error: String(error) }),
      );
    }
  }

  private status(interviewId: string): Promise<AssessmentStatusDocument | null> {
    return this.reads.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).findOne({ _id: interviewId });
  }
}
