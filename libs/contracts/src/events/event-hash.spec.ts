import { canonicalJson, eventHash, GENESIS_HASH } from './event-hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth, writes no whitespace and drops (or, in arrays, nulls) what JSON.stringify drops', () => {
    const value = {
      b: [1, 'two', null, undefined, { z: true, a: -0.5, m: [] }],
      a: { 'é"key': 'quote " and \\ and \u2028', nested: { y: undefined, x: 1e21, w: {} } },
      c: undefined,
      d: () => 1,
      e: 'plain',
    };
    expect(canonicalJson(value)).toBe(
      '{"a":{"nested":{"w":{},"x":1e+21},"é\\"key":"quote \\" and \\\\ and \u2028"},"b":[1,"two",null,null,{"a":-0.5,"m":[],"z":true}],"e":"plain"}',
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('eventHash', () => {
  it('is the SHA-256 of the canonical form, the same as stored chains were hashed with (value from the form before it was built by appending)', () => {
    expect(
      eventHash({
        type: 'InterviewUpdated',
        data: { interviewId: 'i-1', changes: { title: 'T', technologies: ['ts', 'go'] } },
        metadata: { correlationId: 'c', causationId: null, userId: 'u', timestamp: '2026-01-01T00:00:00.000Z', schemaVersion: 1 },
        streamId: 'interview-i-1',
        revision: 7,
        previousHash: GENESIS_HASH,
      }),
    ).toBe('9fe914e9dfed732ea7edbe2ffaf33b0825cd13b8e0d5e2525d9b6ba0982cf1c5');
  });
});
