import { assertNever, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { CommandMetadata } from '../shared/event';
import { BatchCounts, BatchEvent, BatchItem, BatchKind } from './batch.events';

/** S4: a batch holds at most this many items (CSV rows or files). */
export const BATCH_MAX_ITEMS = 1000;

/** S4 "Batch upload: Max 50 files per batch". */
export const BATCH_MAX_FILES = 50;

export const BatchErrors = {
  notFound: () => new DomainError('BATCH.NOT_FOUND', 'Batch job not found', 'not_found'),
  forbidden: () => new DomainError('BATCH.FORBIDDEN', 'This batch job belongs to another user', 'forbidden'),
  invalid: (field: string, message: string) => new DomainError('BATCH.INVALID', `${field}: ${message}`, 'invalid', { field }),
};

export type BatchCommand =
  | { readonly type: 'CreateBatchJob'; readonly metadata: CommandMetadata; readonly data: { readonly jobId: string; readonly ownerId: string; readonly kind: BatchKind; readonly target: string | null; readonly items: readonly BatchItem[] } }
  | {
      readonly type: 'RecordBatchItem';
      readonly metadata: CommandMetadata;
      readonly data: { readonly index: number; readonly status: 'succeeded' | 'failed'; readonly resultId: string | null; readonly error: string | null };
    };

export interface BatchState {
  readonly exists: boolean;
  readonly jobId: string | null;
  readonly ownerId: string | null;
  readonly kind: BatchKind | null;
  /** What the items apply to (the template of an invitation batch). */
  readonly target: string | null;
  readonly items: readonly BatchItem[];
  readonly done: readonly number[];
  readonly counts: BatchCounts;
  readonly completed: boolean;
}

export const initialBatchState = (): BatchState => ({ exists: false, jobId: null, ownerId: null, kind: null, target: null, items: [], done: [], counts: { processed: 0, succeeded: 0, failed: 0 }, completed: false });

export function decideBatch(command: BatchCommand, state: BatchState): BatchEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'CreateBatchJob': {
      if (state.exists) throw new DomainError('BATCH.ALREADY_EXISTS', 'Batch job already exists', 'conflict');
      const d = command.data;
      if (d.items.length === 0) throw BatchErrors.invalid('file', 'has no items');
      if (d.items.length > BATCH_MAX_ITEMS) throw BatchErrors.invalid('file', `has ${d.items.length} items; at most ${BATCH_MAX_ITEMS}`);
      return [{ type: 'BatchJobCreated', data: { jobId: d.jobId, ownerId: d.ownerId, kind: d.kind, target: d.target, items: d.items, createdAt: now } }];
    }
    case 'RecordBatchItem': {
      if (!state.exists) throw BatchErrors.notFound();
      const d = command.data;
      const item = state.items.find((i) => i.index === d.index);
      if (!item) throw BatchErrors.invalid('index', `no item ${d.index}`);
      // A job redelivered after a crash records each item once.
      if (state.done.includes(d.index)) return [];
      const counts: BatchCounts = {
        processed: state.counts.processed + 1,
        succeeded: state.counts.succeeded + (d.status === 'succeeded' ? 1 : 0),
        failed: state.counts.failed + (d.status === 'failed' ? 1 : 0),
      };
      const jobId = state.jobId as string;
      const total = state.items.length;
      const processed: BatchEvent = {
        type: 'BatchItemProcessed',
        data: { jobId, index: d.index, label: item.label, status: d.status, resultId: d.resultId, error: d.error?.slice(0, 500) ?? null, counts, total, at: now },
      };
      return counts.processed === total ? [processed, { type: 'BatchJobCompleted', data: { jobId, counts, total, completedAt: now } }] : [processed];
    }
    default:
      return assertNever(command);
  }
}

export function evolveBatch(state: BatchState, event: BatchEvent): BatchState {
  switch (event.type) {
    case 'BatchJobCreated':
      return { ...state, exists: true, jobId: event.data.jobId, ownerId: event.data.ownerId, kind: event.data.kind, target: event.data.target, items: event.data.items };
    case 'BatchItemProcessed':
      return { ...state, done: [...state.done, event.data.index], counts: event.data.counts };
    case 'BatchJobCompleted':
      return { ...state, completed: true };
    default:
      return assertNever(event);
  }
}

export const batchDecider: Decider<BatchState, BatchCommand, BatchEvent> = { initialState: initialBatchState, decide: decideBatch, evolve: evolveBatch };
