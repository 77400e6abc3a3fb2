import fc from 'fast-check';
import {
  ANY,
  jsonEvent,
  NO_STREAM,
  RecordedEvent as EsdbRecordedEvent,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { comparePositions, NewEvent } from '@candor/contracts';
import { ConcurrencyError } from '@candor/application';
import {
  formatEsdbPosition,
  fromEsdbCurrentRevision,
  fromEsdbEvent,
  fromEsdbRevision,
  isStreamNotFound,
  isSystemEventType,
  isWrongExpectedVersion,
  ORIGINAL_ID_KEY,
  parseEsdbPosition,
  toConcurrencyError,
  toEsdbEventData,
  toEsdbEventId,
  toEsdbExpectedRevision,
  toEsdbRevision,
} from './eventstoredb.mapping';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

const event: NewEvent = {
  id: '0b6f1c9e-3a52-4f0e-9d0a-5c1e2b3a4d5f',
  type: 'InterviewStarted',
  data: { interviewId: 'i-1', at: '2024-01-01T00:00:00.000Z', tags: ['a'], score: null },
  metadata: {
    correlationId: 'c-1',
    causationId: 'r-1',
    userId: 'u-1',
    timestamp: '2024-01-01T00:00:00.000Z',
    schemaVersion: 2,
    extra: { k: 1 },
  },
};

/** What the client hands back for an event it read: the stored id, data and metadata, plus server fields. */
function asStored(data: ReturnType<typeof toEsdbEventData>, revision: bigint, position = { commit: 1234n, prepare: 1200n }): EsdbRecordedEvent {
  return {
    streamId: 'interview-1',
    id: data.id,
    isJson: true,
    revision,
    type: data.type,
    created: new Date('2024-02-03T04:05:06.789Z'),
    data: data.data,
    metadata: data.metadata,
    position,
  } as EsdbRecordedEvent;
}

describe('EventStoreDB mapping: versions and revisions', () => {
  it('our expected version (event count) becomes the revision of the last event, 0 being no stream', () => {
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectedRevision(0)).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision(1)).toBe(0n);
    expect(toEsdbExpectedRevision(42)).toBe(41n);
  });

  it('refuses an expected version that is not a non-negative integer', () => {
    expect(() => toEsdbExpectedRevision(-1)).toThrow(/non-negative integer/);
    expect(() => toEsdbExpectedRevision(1.5)).toThrow(/non-negative integer/);
  });

  it("EventStoreDB's current revision becomes our version, and event revisions become 1-based", () => {
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe(0);
    expect(fromEsdbCurrentRevision(0n)).toBe(1);
    expect(fromEsdbCurrentRevision(9n)).toBe(10);
    expect(fromEsdbRevision(0n)).toBe(1);
    expect(toEsdbRevision(1)).toBe(0n);
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (n) => fromEsdbRevision(toEsdbRevision(n)) === n));
  });
});

describe('EventStoreDB mapping: log positions', () => {
  it('formats commit/prepare at a fixed width and parses it back', () => {
    const position = { commit: 1234n, prepare: 1200n };
    expect(formatEsdbPosition(position)).toBe('00000000000000001234/00000000000000001200');
    expect(parseEsdbPosition(formatEsdbPosition(position))).toEqual(position);
    const max = { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n };
    expect(parseEsdbPosition(formatEsdbPosition(max))).toEqual(max);
  });

  it('string order of formatted positions is the (commit, prepare) order of the log', () => {
    fc.assert(
      fc.property(uint64, uint64, uint64, uint64, (c1, p1, c2, p2) => {
        const logOrder = c1 !== c2 ? (c1 < c2 ? -1 : 1) : p1 !== p2 ? (p1 < p2 ? -1 : 1) : 0;
        return comparePositions(formatEsdbPosition({ commit: c1, prepare: p1 }), formatEsdbPosition({ commit: c2, prepare: p2 })) === logOrder;
      }),
    );
  });

  it('refuses what is not one of its positions (e.g. a SQLite one)', () => {
    expect(() => parseEsdbPosition('00000000000000000042')).toThrow(/Not an EventStoreDB log position/);
    expect(() => parseEsdbPosition('1/2')).toThrow(/Not an EventStoreDB log position/);
  });
});

describe('EventStoreDB mapping: events', () => {
  it('an event goes out as JSON with our metadata and comes back unchanged', () => {
    const data = toEsdbEventData(event);

    expect(data).toMatchObject({ id: event.id, type: event.type, contentType: 'application/json', data: event.data });
    expect(data.metadata).toEqual(event.metadata);
    expect(fromEsdbEvent(asStored(data, 4n))).toEqual({
      ...event,
      streamId: 'interview-1',
      revision: 5,
      position: '00000000000000001234/00000000000000001200',
      recordedAt: '2024-02-03T04:05:06.789Z',
    });
  });

  it('an id that is not a lower-case UUID is stored under a stable name-based UUID and restored on read', () => {
    for (const id of ['message-17:0', 'ABCDEF00-0000-4000-8000-000000000001']) {
      const data = toEsdbEventData({ ...event, id });

      expect(data.id).toMatch(UUID);
      expect(toEsdbEventId(id)).toBe(data.id);
      expect(data.metadata).toEqual({ ...event.metadata, [ORIGINAL_ID_KEY]: id });
      const back = fromEsdbEvent(asStored(data, 0n));
      expect(back.id).toBe(id);
      expect(back.metadata).toEqual(event.metadata);
    }
    expect(toEsdbEventId('a')).not.toBe(toEsdbEventId('b'));
  });

  it('events written by other tools get default metadata, and non-JSON payloads are kept', () => {
    const foreign = {
      streamId: 'legacy',
      id: '11111111-2222-4333-8444-555555555555',
      isJson: false,
      revision: 0n,
      type: 'LegacyThing',
      created: new Date('2020-01-01T00:00:00.000Z'),
      data: Uint8Array.from([0xff, 0x00]),
      metadata: undefined,
      position: { commit: 10n, prepare: 10n },
    } as unknown as EsdbRecordedEvent;

    expect(fromEsdbEvent(foreign)).toMatchObject({
      data: { base64: '/wA=' },
      metadata: { correlationId: foreign.id, causationId: null, userId: null, timestamp: '2020-01-01T00:00:00.000Z', schemaVersion: 1 },
    });
  });

  it('refuses an event without a log position (servers before 22.6)', () => {
    const stored = asStored(toEsdbEventData(event), 0n);
    expect(() => fromEsdbEvent({ ...stored, position: undefined } as EsdbRecordedEvent)).toThrow(/needs a server >= 22.6/);
  });

  it('event types starting with $ are system events', () => {
    expect(isSystemEventType('$statsCollected')).toBe(true);
    expect(isSystemEventType('$>')).toBe(true);
    expect(isSystemEventType('InterviewStarted')).toBe(false);
    expect(jsonEvent({ type: 'X', data: {} }).type).toBe('X');
  });
});

describe('EventStoreDB mapping: errors', () => {
  it('a wrong expected version becomes our ConcurrencyError with the actual version as an event count', () => {
    const onExisting = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 2n, current: 4n });
    const onMissing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: STREAM_EXISTS, current: NO_STREAM });

    expect(isWrongExpectedVersion(onExisting)).toBe(true);
    const conflict = toConcurrencyError(onExisting, 's', 3);
    expect(conflict).toBeInstanceOf(ConcurrencyError);
    expect(conflict).toMatchObject({ streamId: 's', expected: 3, actual: 5 });
    expect(toConcurrencyError(onMissing, 's', 'stream_exists')).toMatchObject({ expected: 'stream_exists', actual: 0 });
  });

  it('recognises a missing stream and nothing else as one', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'nope'))).toBe(true);
    expect(isStreamNotFound(new Error('stream-not-found'))).toBe(false);
    expect(isWrongExpectedVersion(new StreamNotFoundError(undefined, 'nope'))).toBe(false);
  });
});
