import { batchDecider, decideBatch, evolveBatch, initialBatchState } from './batch.decider';
import { BatchEvent } from './batch.events';

const metadata = { now: '2026-01-01T00:00:00.000Z' };
const items = [0, 1].map((index) => ({ index, label: `c${index}@example.com`, input: {} }));
const created = decideBatch({ type: 'CreateBatchJob', metadata, data: { jobId: 'b', ownerId: 'u', kind: 'invitations', target: 't', items } }, initialBatchState());
const given = (events: BatchEvent[]) => events.reduce(evolveBatch, batchDecider.initialState());

describe('batch decider', () => {
  it('records each item once with running counts, and completes with the last one', () => {
    const first = decideBatch({ type: 'RecordBatchItem', metadata, data: { index: 0, status: 'succeeded', resultId: 'i0', error: null } }, given(created));
    expect(first).toEqual([expect.objectContaining({ type: 'BatchItemProcessed', data: expect.objectContaining({ counts: { processed: 1, succeeded: 1, failed: 0 }, total: 2 }) })]);
    const state = given([...created, ...first]);
    expect(decideBatch({ type: 'RecordBatchItem', metadata, data: { index: 0, status: 'failed', resultId: null, error: 'x' } }, state)).toEqual([]);
    const last = decideBatch({ type: 'RecordBatchItem', metadata, data: { index: 1, status: 'failed', resultId: null, error: 'bad email' } }, state);
    expect(last.map((e) => e.type)).toEqual(['BatchItemProcessed', 'BatchJobCompleted']);
    expect(last[1].data).toMatchObject({ counts: { processed: 2, succeeded: 1, failed: 1 } });
  });

  it('refuses an empty batch and one past the limit', () => {
    const create = (n: number) => () =>
      decideBatch({ type: 'CreateBatchJob', metadata, data: { jobId: 'b', ownerId: 'u', kind: 'invitations', target: null, items: Array.from({ length: n }, (_, index) => ({ index, label: '', input: {} })) } }, initialBatchState());
    expect(create(0)).toThrow(expect.objectContaining({ code: 'BATCH.INVALID' }));
    expect(create(1001)).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });
});
