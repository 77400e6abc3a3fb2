import { DomainEvent } from '../shared/event';

export type BatchKind = 'invitations' | 'cv_upload';

/** One unit of work of a batch: a CSV row or an uploaded file. */
export interface BatchItem {
  readonly index: number;
  /** What the owner recognises it by (the email, the file name). */
  readonly label: string;
  readonly input: Record<string, unknown>;
}

export interface BatchCounts {
  readonly processed: number;
  readonly succeeded: number;
  readonly failed: number;
}

export type BatchJobCreated = DomainEvent<
  'BatchJobCreated',
  { readonly jobId: string; readonly ownerId: string; readonly kind: BatchKind; readonly target: string | null; readonly items: readonly BatchItem[]; readonly createdAt: string }
>;

/** An item's outcome, with the counts after it (what progress messages show). */
export type BatchItemProcessed = DomainEvent<
  'BatchItemProcessed',
  {
    readonly jobId: string;
    readonly index: number;
    readonly label: string;
    readonly status: 'succeeded' | 'failed';
    readonly resultId: string | null;
    readonly error: string | null;
    readonly counts: BatchCounts;
    readonly total: number;
    readonly at: string;
  }
>;

export type BatchJobCompleted = DomainEvent<'BatchJobCompleted', { readonly jobId: string; readonly counts: BatchCounts; readonly total: number; readonly completedAt: string }>;

export type BatchEvent = BatchJobCreated | BatchItemProcessed | BatchJobCompleted;

export const BATCH_EVENT_TYPES: readonly BatchEvent['type'][] = ['BatchJobCreated', 'BatchItemProcessed', 'BatchJobCompleted'];

export const BATCH_STREAM_PREFIX = 'batch-';

export const batchStreamId = (jobId: string) => `${BATCH_STREAM_PREFIX}${jobId}`;
