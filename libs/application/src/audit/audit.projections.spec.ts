import { RecordedEvent } from '@candor/contracts';
import { auditStreamsProjection, streamCategory } from './projections/audit-streams.projection';
import { diffValues } from './interview-point-in-time';

const recorded = (streamId: string, revision: number, position: string, type = 'Noted'): RecordedEvent => ({
  id: `${streamId}:${revision}`,
  streamId,
  revision,
  position,
  type,
  data: {},
  metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: `2026-01-0${revision}T00:00:00.000Z`, schemaVersion: 1 },
  recordedAt: `2026-01-0${revision}T00:00:00.000Z`,
});

describe('audit streams projection', () => {
  it('given a stream of events, keeps its stored name, category, count and first/last positions', () => {
    const events = [recorded('interview-42', 1, '01', 'InterviewCreated'), recorded('interview-42', 2, '05', 'InterviewStarted')];

    const doc = events.reduce(auditStreamsProjection.evolve, null);

    expect(auditStreamsProjection.documentIds(events[0])).toEqual(['interview-42']);
    expect(doc).toEqual({
      _id: 'interview-42',
      stream: 'interview-42',
      category: 'interview',
      events: 2,
      first_position: '01',
      last_position: '05',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-02T00:00:00.000Z',
      last_event_type: 'InterviewStarted',
    });
    expect(streamCategory('audit-access')).toBe('audit');
    expect(streamCategory('$all')).toBe('$all');
  });
});

describe('diffValues (point-in-time diffs)', () => {
  it('lists every differing leaf by path, with null for what is absent on one side', () => {
    const before = { status: 'in_progress', messages: ['hi'], score: null, same: { a: 1 } };
    const after = { status: 'completed', messages: ['hi', 'bye'], score: { overall: 0.8 }, same: { a: 1 } };

    expect(diffValues(before, after)).toEqual([
      { path: 'messages.1', before: null, after: 'bye' },
      { path: 'score', before: null, after: { overall: 0.8 } },
      { path: 'status', before: 'in_progress', after: 'completed' },
    ]);
    expect(diffValues(before, before)).toEqual([]);
  });
});
