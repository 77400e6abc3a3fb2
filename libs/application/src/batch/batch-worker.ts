import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { batchDecider, BatchItem, batchStreamId, DomainError } from '@candor/domain';
import { UploadCvCommand } from '../candidate/commands/upload-cv.command';
import { AGGREGATE_STORE, AggregateStore } from '../commands/aggregate-store';
import { AuthenticatedUser } from '../identity/authenticated-user';
import { JOB_QUEUE, JobQueue } from '../ports/job-queue.port';
import { STORAGE, Storage } from '../ports/storage.port';
import { InviteFromTemplateCommand } from '../template/commands/invite-from-template.command';

export const BATCH_QUEUE = 'batch';

export interface BatchRunJob {
  readonly jobId: string;
  readonly actor: AuthenticatedUser;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Outcome = { status: 'succeeded' | 'failed'; resultId: string | null; error: string | null };

/**
 * Runs a batch through the job queue: each item not yet recorded (a CSV invitation, a staged CV) goes
 * through the same command a single request uses, and its outcome is recorded (one event per item, which the progress socket relays).
 * A job run again after a crash skips the items already recorded.
 */
@Injectable()
export class BatchWorker {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly commands: CommandBus,
  ) {}

  register(concurrency = 1): void {
    this.queue.process<BatchRunJob, void>(BATCH_QUEUE, concurrency, (job) => this.run(job));
  }

  start(job: BatchRunJob): Promise<void> {
    return this.queue.enqueue<BatchRunJob>(BATCH_QUEUE, job, { jobId: `batch-${job.jobId}`, fairnessKey: job.actor.id, timeoutMs: 3_600_000 });
  }

  private async run({ jobId, actor }: BatchRunJob): Promise<void> {
    const streamId = batchStreamId(jobId);
    const { state } = await this.store.load(streamId, batchDecider);
    for (const item of state.items.filter((i) => !state.done.includes(i.index))) {
      const outcome = state.kind === 'cv_upload' ? await this.uploadCv(item, actor) : await this.invite(item, state.target, actor);
      await this.store.execute(streamId, batchDecider, { type: 'RecordBatchItem', metadata: this.store.commandMetadata(), data: { index: item.index, ...outcome } });
    }
  }

  /** A staged file through the single-upload command (same checks, parser and events); the staged copy is removed. */
  private async uploadCv(item: BatchItem, actor: AuthenticatedUser): Promise<Outcome> {
    const input = item.input as { key: string; fileName: string; contentType: string };
    const staged = await this.storage.get(input.key);
    if (!staged) return { status: 'failed', resultId: null, error: 'the staged file is gone' };
    try {
      const { candidateId } = await this.commands.execute(new UploadCvCommand(actor, { fileName: input.fileName, contentType: input.contentType, content: staged.stream }));
      return { status: 'succeeded', resultId: candidateId, error: null };
    } catch (error) {
      staged.stream.destroy();
      if (error instanceof DomainError) return { status: 'failed', resultId: null, error: error.message };
      throw error;
    } finally {
      await this.storage.delete(input.key).catch(() => undefined);
    }
  }

  private async invite(item: BatchItem, target: string | null, actor: AuthenticatedUser): Promise<Outcome> {
    const input = item.input as Record<string, string | undefined>;
    if (!input.email || !EMAIL.test(input.email)) return { status: 'failed', resultId: null, error: `row ${item.index + 2}: not an email address` };
    if (input.scheduled_at && Number.isNaN(Date.parse(input.scheduled_at))) return { status: 'failed', resultId: null, error: `row ${item.index + 2}: scheduled_at is not a date` };
    try {
      const { interviewId } = await this.commands.execute(
        new InviteFromTemplateCommand(target as string, actor, {
          candidateEmail: input.email,
          candidateName: input.name ?? null,
          message: input.message ?? null,
          scheduledAt: input.scheduled_at ? new Date(input.scheduled_at).toISOString() : null,
        }),
      );
      return { status: 'succeeded', resultId: interviewId, error: null };
    } catch (error) {
      if (error instanceof DomainError) return { status: 'failed', resultId: null, error: error.message };
      throw error;
    }
  }
}
