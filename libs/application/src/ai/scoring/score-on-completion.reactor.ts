import { LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore, Subscription } from '../../ports/event-store.port';
import { JobQueue } from '../../ports/job-queue.port';
import { ReadStore } from '../../ports/read-store.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument } from '../../projections/projection';
import { isInterviewEvent } from '../../interview/projections/interview-events';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../../assessment/projections/assessment-status.projection';
import { enqueueScoring } from './interview-scoring.job';

export interface ReactorLogger {
  entry(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

/** Its checkpoint sits beside the projections' (a name no projection uses). */
export const SCORE_ON_COMPLETION_REACTOR = 'reactor:score-on-completion';

const CHECKPOINT_FLUSH_MS = 200;
const RETRY_MS = [100, 500, 1000, 5000];


/**
 * Every completed interview is scored, whichever way it completed (S0/S2 complete, S1 `PUT status=completed`,
 * LiveKit's room_finished, the S3 socket's end_interview): a reaction to `InterviewCompleted` in the log,
 * in log order from a saved checkpoint. Queuing is retried until it succeeds, and the checkpoint only moves
 * past an event once its job is queued; a replay after a crash queues again, which the job id makes harmless.
 */
export class ScoreOnCompletionReactor {
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private checkpoint: LogPosition = START_POSITION;
  private saved: LogPosition = START_POSITION;
  private flushTimer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    private readonly queue: JobQueue,
    private readonly logger: ReactorLogger,
  ) {}

  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    const saved = await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).findOne({ _id: SCORE_ON_COMPLETION_REACTOR });
    this.checkpoint = this.saved = saved?.position ?? START_POSITION;
    await this.requeueFailed();
    this.loop = this.run();
  }

  /**
   * A failed scoring waits for its retry in a timer, which a restart loses: whatever is still
   * `scoring_failed` is queued again at start (its completion lies behind a persisted checkpoint).
   */
  private async requeueFailed(): Promise<void> {
    const failed = await this.store.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).find({ status: 'scoring_failed' });
    for (const doc of failed) {
      await enqueueScoring(this.queue, doc._id, `restart-${doc.attempts}-${Date.now()}`).catch((error) =>
        this.logger.entry('warn', 'failed scoring not re-queued at start', { interviewId: doc._id, error: String(error) }),
      );
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.loop;
    this.loop = null;
    // A disk that refuses the write must not stop the shutdown: the next start reacts from the last saved checkpoint.
    await this.flush().catch((error) => this.logger.entry('error', 'saving the scoring reactor checkpoint on stop failed', { error: String(error) }));
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.subscription = this.events.subscribeToAll(this.checkpoint);
      try {
        for await (const event of this.subscription) {
          await this.react(event);
          if (this.stopping) return;
          this.checkpoint = event.position;
          this.scheduleFlush();
          failures = 0;
        }
      } catch (error) {
        if (this.stopping) return;
        const delay = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
        this.logger.entry('warn', 'scoring reactor subscription failed; resubscribing', { error: String(error), retryInMs: delay });
        await this.pause(delay);
      }
    }
  }

  private async react(event: RecordedEvent): Promise<void> {
    if (event.type !== 'InterviewCompleted' || !isInterviewEvent(event)) return;
    const interviewId = String(event.data.interviewId);
    // Replaying from an old checkpoint: an interview already scored (by any model) is not scored again.
    const stream = await this.events.readStream(event.streamId);
    if (stream.some((e) => e.type === 'InterviewScored')) return;
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        await enqueueScoring(this.queue, interviewId);
        return;
      } catch (error) {
        // A full or unreachable queue: wait and retry this event rather than skip a score.
        const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
        this.logger.entry('warn', 'interview scoring not queued; retrying', { interviewId, error: String(error), retryInMs: delay });
        await this.pause(delay);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush().catch((error) => this.logger.entry('error', 'saving the scoring reactor checkpoint failed', { error: String(error) }));
    }, CHECKPOINT_FLUSH_MS);
    this.flushTimer.unref();
  }

  private async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.checkpoint === this.saved) return;
    const position = this.checkpoint;
    await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).upsert({ _id: SCORE_ON_COMPLETION_REACTOR, position, updatedAt: new Date().toISOString() });
    this.saved = position;
  }
}
