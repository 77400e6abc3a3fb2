import { RecordedEvent } from '@candor/contracts';
import { idsFromEntityStreams } from './ids-from-entity-streams';

const ID = '0b5e3c1a-7d2f-4e8a-9c61-2f3a4b5c6d7e';
const event = (streamId: string, data: Record<string, unknown>): RecordedEvent =>
  ({ streamId, type: 'Something', data, metadata: {}, revision: 1, position: '00000000000000000001', recordedAt: '2026-01-01T00:00:00.000Z' }) as RecordedEvent;

describe('idsFromEntityStreams(prefix, field)', () => {
  const documentIds = idsFromEntityStreams('job-', 'jobId');

  it('answers the data field, as a string, for an event of a `prefix<uuid>` stream (any case)', () => {
    expect(documentIds(event(`job-${ID}`, { jobId: 'j1' }))).toEqual(['j1']);
    expect(documentIds(event(`job-${ID.toUpperCase()}`, { jobId: 7 }))).toEqual(['7']);
  });

  it.each([
    ['another prefix', `batch-${ID}`],
    ['a longer prefix', `x-job-${ID}`],
    ['a tail that is not a uuid', 'job-generate'],
    ['a uuid followed by more', `job-${ID}-extra`],
  ])('answers nothing for an event of %s', (_name, streamId) => {
    expect(documentIds(event(streamId, { jobId: 'j1' }))).toEqual([]);
  });
});
