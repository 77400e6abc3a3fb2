import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent } from '@candor/contracts';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { JobHandler, JobOptions, JobQueue, QueueFullError } from '../../ports/job-queue.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument } from '../../projections/projection';
import { LogReactor } from '../../reactors/log-reactor';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../projections/assessment-status.projection';
import { ASSESSMENT_REACTOR, AssessmentReactor } from './assessment.reactor';
import { INTERVIEW_SCORING_QUEUE } from './interview-scoring.queue';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const AT = '2026-01-15T14:00:00.000Z';
const silent = { entry: () => undefined };

/** Records what is queued; refuses the first `full` enqueues as a full queue would. */
class RecordingQueue implements JobQueue {
  readonly queued: { queue: string; payload: unknown; jobId: string | undefined }[] = [];
  constructor(private full = 0) {}
  process<TPayload, TResult>(_queue: string, _concurrency: number, _handler: JobHandler<TPayload, TResult>): void {}
  run<TPayload, TResult>(): Promise<TResult> {
    throw new Error('not used');
  }
  async enqueue<TPayload>(queue: string, payload: TPayload, options?: JobOptions): Promise<void> {
    if (this.full > 0) {
      this.full -= 1;
      throw new QueueFullError(queue, 100);
    }
    this.queued.push({ queue, payload, jobId: options?.jobId });
  }
  async health() {
    return { status: 'up' as const, adapter: 'recording' };
  }
  async close(): Promise<void> {}
}

const recorded = (type: string, streamId = `interview-${ID}`): RecordedEvent =>
  ({ id: `e-${type}`, type, data: { interviewId: ID, endedAt: AT, trigger: 'command' }, metadata: {}, streamId, revision: 3, position: '3', recordedAt: AT }) as unknown as RecordedEvent;

const status = (over: Partial<AssessmentStatusDocument>): AssessmentStatusDocument => ({
  _id: ID, status: 'scored', reason: null, attempts: 0, lastFailedAt: null, retryAt: null, scoredAt: null, versions: 0, shareToken: null, ...over,
});

describe('AssessmentReactor (the assessment driven by the interview events)', () => {
  it('given InterviewCompleted on an interview stream, queues the scoring job once per interview', async () => {
    const queue = new RecordingQueue();
    await new AssessmentReactor(new MemoryReadStore(), queue, silent).react(recorded('InterviewCompleted'));
    expect(queue.queued).toEqual([{ queue: INTERVIEW_SCORING_QUEUE, payload: { interviewId: ID }, jobId: `score-${ID}` }]);
  });

  it('ignores other events, and an InterviewCompleted of another stream kind', async () => {
    const queue = new RecordingQueue();
    const reactor = new AssessmentReactor(new MemoryReadStore(), queue, silent);
    for (const event of [recorded('InterviewStarted'), recorded('MessageRecorded'), recorded('InterviewCompleted', `other-${ID}`)]) await reactor.react(event);
    expect(queue.queued).toEqual([]);
  });

  it('given the status read model says it is scored (a replay, or a legacy score), queues nothing; a failed one is queued', async () => {
    const reads = new MemoryReadStore();
    const queue = new RecordingQueue();
    const reactor = new AssessmentReactor(reads, queue, silent);
    await reads.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).upsert(status({ versions: 1 }));
    await reactor.react(recorded('InterviewCompleted'));
    expect(queue.queued).toEqual([]);
    await reads.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).upsert(status({ status: 'scoring_failed', attempts: 2 }));
    await reactor.react(recorded('InterviewCompleted'));
    expect(queue.queued).toHaveLength(1);
  });

  it('re-queues at start what is still scoring_failed, with a job id of its own', async () => {
    const reads = new MemoryReadStore();
    const queue = new RecordingQueue();
    await reads.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).upsert(status({ status: 'scoring_failed', attempts: 3 }));
    await new AssessmentReactor(reads, queue, silent).requeueFailed();
    expect(queue.queued).toEqual([{ queue: INTERVIEW_SCORING_QUEUE, payload: { interviewId: ID }, jobId: expect.stringMatching(new RegExp(`^score-${ID}-restart-3-`)) }]);
  });

  describe('run by a LogReactor', () => {
    let dir: string;
    let events: SqliteEventStore;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'assessment-reactor-'));
      events = new SqliteEventStore(join(dir, 'events.db'));
    });
    afterEach(async () => {
      await events.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('a full queue is retried: the completion is queued, and the checkpoint moves past it only then', async () => {
      await events.append(`interview-${ID}`, [{ id: '7b1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f', type: 'InterviewCompleted', data: { interviewId: ID, endedAt: AT, trigger: 'command' }, metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: AT, schemaVersion: 1 } }], 'any');
      const reads = new MemoryReadStore();
      const queue = new RecordingQueue(2);
      const assessment = new AssessmentReactor(reads, queue, silent);
      const log = new LogReactor(ASSESSMENT_REACTOR, events, reads, (e) => assessment.react(e), silent);
      await log.start();
      const until = Date.now() + 5_000;
      while (queue.queued.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      await log.stop();
      expect(queue.queued).toEqual([{ queue: INTERVIEW_SCORING_QUEUE, payload: { interviewId: ID }, jobId: `score-${ID}` }]);
      const checkpoint = await reads.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).findOne({ _id: ASSESSMENT_REACTOR });
      expect(checkpoint?.position).toBe(await events.headPosition());
    });
  });
});
