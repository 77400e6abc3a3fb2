import { BATCH_STREAM_PREFIX, BatchCounts, BatchEvent, BatchKind } from '@candor/domain';
import { ProjectedDocument, Projection } from '../projections/projection';
import { idsFromEntityStreams } from '../projections/ids-from-entity-streams';

export interface BatchItemView {
  index: number;
  label: string;
  status: 'pending' | 'succeeded' | 'failed';
  resultId: string | null;
  error: string | null;
}

/** A batch job with each item's outcome (what `GET …/batch/{job_id}` and the progress socket's hello show). */
export interface BatchJobDocument extends ProjectedDocument {
  id: string;
  ownerId: string;
  kind: BatchKind;
  target: string | null;
  total: number;
  counts: BatchCounts;
  status: 'running' | 'completed';
  items: BatchItemView[];
  createdAt: string;
  completedAt: string | null;
}

export const BATCH_JOBS_COLLECTION = 'batch_jobs';

export const batchJobsProjection: Projection<BatchJobDocument> = {
  name: 'batch-jobs',
  collection: BATCH_JOBS_COLLECTION,
  eventTypes: ['BatchJobCreated', 'BatchItemProcessed', 'BatchJobCompleted'],
  indexes: [{ keys: { ownerId: 1, createdAt: -1 } }],
  documentIds: idsFromEntityStreams(BATCH_STREAM_PREFIX, 'jobId'),
  evolve: (doc, recorded) => {
    const event = recorded as unknown as BatchEvent;
    switch (event.type) {
      case 'BatchJobCreated': {
        const d = event.data;
        return {
          _id: d.jobId,
          id: d.jobId,
          ownerId: d.ownerId,
          kind: d.kind,
          target: d.target,
          total: d.items.length,
          counts: { processed: 0, succeeded: 0, failed: 0 },
          status: 'running',
          items: d.items.map((i) => ({ index: i.index, label: i.label, status: 'pending', resultId: null, error: null })),
          createdAt: d.createdAt,
          completedAt: null,
        };
      }
      case 'BatchItemProcessed': {
        if (!doc) return null;
        const d = event.data;
        return { ...doc, counts: d.counts, items: doc.items.map((i) => (i.index === d.index ? { ...i, status: d.status, resultId: d.resultId, error: d.error } : i)) };
      }
      case 'BatchJobCompleted':
        return doc ? { ...doc, status: 'completed', completedAt: event.data.completedAt } : null;
      default:
        return doc;
    }
  },
};
