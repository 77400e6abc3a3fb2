import { givenWhenThen } from '@candor/testing';
import { BatchCommand, batchDecider } from './batch.decider';
import { BatchCounts, BatchEvent, BatchItem } from './batch.events';

const NOW = '2026-01-01T00:00:00.000Z';
const metadata = { now: NOW };
const itemsOf = (n: number): BatchItem[] => Array.from({ length: n }, (_, index) => ({ index, label: `c${index}@example.com`, input: {} }));
const items = itemsOf(2);

const createJob = (jobItems: readonly BatchItem[]): BatchCommand => ({
  type: 'CreateBatchJob',
  metadata,
  data: { jobId: 'b', ownerId: 'u', kind: 'invitations', target: 't', items: jobItems },
});
const record = (index: number, status: 'succeeded' | 'failed', error: string | null = null): BatchCommand => ({
  type: 'RecordBatchItem',
  metadata,
  data: { index, status, resultId: status === 'succeeded' ? `i${index}` : null, error },
});

const created: BatchEvent = { type: 'BatchJobCreated', data: { jobId: 'b', ownerId: 'u', kind: 'invitations', target: 't', items, createdAt: NOW } };
const processed = (index: number, status: 'succeeded' | 'failed', counts: BatchCounts, error: string | null = null): BatchEvent => ({
  type: 'BatchItemProcessed',
  data: { jobId: 'b', index, label: `c${index}@example.com`, status, resultId: status === 'succeeded' ? `i${index}` : null, error, counts, total: 2, at: NOW },
});
const firstSucceeded = processed(0, 'succeeded', { processed: 1, succeeded: 1, failed: 0 });
const bothDone: BatchCounts = { processed: 2, succeeded: 1, failed: 1 };

const given = givenWhenThen(batchDecider);

describe('batch decider', () => {
  it.each<[string, BatchEvent[], BatchCommand, BatchEvent[]]>([
    ['creates a job with its items', [], createJob(items), [created]],
    ['records an item with the running counts', [created], record(0, 'succeeded'), [firstSucceeded]],
    ['records an item once: a redelivered job adds nothing', [created, firstSucceeded], record(0, 'failed', 'x'), []],
    [
      'completes the job with its last item',
      [created, firstSucceeded],
      record(1, 'failed', 'bad email'),
      [processed(1, 'failed', bothDone, 'bad email'), { type: 'BatchJobCompleted', data: { jobId: 'b', counts: bothDone, total: 2, completedAt: NOW } }],
    ],
  ])('%s', (_name, history, command, expected) => given(history).when(command).then(expected));

  it.each<[string, BatchEvent[], BatchCommand, string, 'invalid' | 'conflict' | 'not_found']>([
    ['refuses an empty batch', [], createJob([]), 'BATCH.INVALID', 'invalid'],
    ['refuses a batch past 1000 items', [], createJob(itemsOf(1001)), 'BATCH.INVALID', 'invalid'],
    ['refuses to create the same job twice', [created], createJob(items), 'BATCH.ALREADY_EXISTS', 'conflict'],
    ['refuses an item of no job', [], record(0, 'succeeded'), 'BATCH.NOT_FOUND', 'not_found'],
    ['refuses an item the job does not have', [created], record(7, 'succeeded'), 'BATCH.INVALID', 'invalid'],
  ])('%s', (_name, history, command, code, kind) => given(history).when(command).thenThrows(code, kind));
});
