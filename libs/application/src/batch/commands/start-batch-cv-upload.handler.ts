import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BATCH_MAX_FILES, batchDecider, BatchErrors, BatchItem, batchStreamId } from '@candor/domain';
import { assertMayAddCandidates } from '../../candidate/candidate-access';
import { CV_MAX_BYTES } from '../../candidate/cv/cv-format';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { STORAGE, Storage } from '../../ports/storage.port';
import { BatchWorker } from '../batch-worker';
import { StartBatchCvUploadCommand } from './start-batch-cv-upload.command';

@CommandHandler(StartBatchCvUploadCommand)
export class StartBatchCvUploadHandler implements ICommandHandler<StartBatchCvUploadCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly worker: BatchWorker,
  ) {}

  async execute(c: StartBatchCvUploadCommand): Promise<{ jobId: string; total: number }> {
    assertMayAddCandidates(c.actor);
    const jobId = randomUUID();
    const items: BatchItem[] = [];
    try {
      for await (const file of c.files) {
        if (items.length >= BATCH_MAX_FILES) throw BatchErrors.invalid('files', `at most ${BATCH_MAX_FILES} files per batch`);
        const index = items.length;
        // Staged as sent: the type is judged when the item is processed (a wrong one fails that item alone).
        const stored = await this.storage.put(`batches/${jobId}/${index}`, asBuffers(file.content), { contentType: 'application/octet-stream', maxBytes: CV_MAX_BYTES });
        items.push({ index, label: file.fileName || `file ${index + 1}`, input: { key: stored.key, fileName: file.fileName, contentType: file.contentType } });
      }
      if (items.length === 0) throw BatchErrors.invalid('files', 'no CV file in the request');
      await this.store.execute(
        batchStreamId(jobId),
        batchDecider,
        { type: 'CreateBatchJob', metadata: this.store.commandMetadata(), data: { jobId, ownerId: c.actor.id, kind: 'cv_upload', target: null, items } },
        { retries: 0 },
      );
    } catch (error) {
      // A refused request keeps none of its files.
      await Promise.all(items.map((i) => this.storage.delete(String(i.input.key)).catch(() => undefined)));
      await this.storage.delete(`batches/${jobId}/${items.length}`).catch(() => undefined);
      throw error;
    }
    await this.worker.start({ jobId, actor: c.actor });
    return { jobId, total: items.length };
  }
}

async function* asBuffers(content: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of content) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
