import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { RecordedEvent } from '@candor/contracts';
import type { WsMessage } from '@candor/contracts/ws/ws-messages';
import { BatchJobDocument, GetBatchJobQuery } from '@candor/application';
import { BatchItemProcessed, BatchJobCompleted, batchStreamId } from '@candor/domain';
import { LiveEventFeed } from '../live-event-feed';
import { WsChannel, WsClient, WsGateway } from '../ws-gateway';

/**
 * S4 `/ws/batch/{job_id}/progress`: the batch's owner (or a superuser) gets one `progress` message per
 * processed item (with the running counts) and `completed` at the end; `connected` carries the state so far.
 */
@Injectable()
export class BatchProgressGateway implements WsGateway {
  readonly path = '/ws/batch/:jobId/progress';

  constructor(
    private readonly queries: QueryBus,
    private readonly feed: LiveEventFeed,
  ) {}

  async open(client: WsClient): Promise<WsChannel> {
    const jobId = client.params.jobId;
    // Listen first, then read: no item processed in between is missed.
    const stop = this.feed.listen(batchStreamId(jobId), (event) => {
      const message = progressMessage(event);
      if (message) client.send(message);
    });
    try {
      const job: BatchJobDocument = await this.queries.execute(new GetBatchJobQuery(jobId, client.user));
      return {
        hello: { job_id: job.id, kind: job.kind, status: job.status, total: job.total, ...job.counts, percent: percent(job.counts.processed, job.total) },
        onClose: stop,
      };
    } catch (error) {
      stop();
      throw error;
    }
  }
}

export function progressMessage(event: RecordedEvent): WsMessage | null {
  if (event.type === 'BatchItemProcessed') {
    const d = (event as unknown as BatchItemProcessed).data;
    return {
      type: 'progress',
      job_id: d.jobId,
      item: { index: d.index, label: d.label, status: d.status, result_id: d.resultId, error: d.error },
      total: d.total,
      ...d.counts,
      percent: percent(d.counts.processed, d.total),
      timestamp: d.at,
    };
  }
  if (event.type === 'BatchJobCompleted') {
    const d = (event as unknown as BatchJobCompleted).data;
    return { type: 'completed', job_id: d.jobId, status: 'completed', total: d.total, ...d.counts, percent: 100, timestamp: d.completedAt };
  }
  return null;
}

function percent(processed: number, total: number): number {
  return total === 0 ? 100 : Math.round((processed / total) * 1000) / 10;
}
