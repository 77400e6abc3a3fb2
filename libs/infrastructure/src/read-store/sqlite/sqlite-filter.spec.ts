import { keysOf } from './sqlite-filter';

describe('keysOf', () => {
  it('holds the values at the paths, nested like the document, skipping absent ones', () => {
    const paths = ['status', 'owner.id', 'missing'];
    expect(keysOf({ status: 'open', owner: { id: 'o-1', name: 'x' }, other: 1 }, paths)).toBe('{"status":"open","owner":{"id":"o-1"}}');
  });

  it('takes a path another path holds from the value at that one', () => {
    const paths = ['owner.id', 'owner'];
    expect(keysOf({ owner: { id: 'o-1', name: 'x' } }, paths)).toBe('{"owner":{"id":"o-1","name":"x"}}');
  });

  it('reads each document with the same list of paths on its own', () => {
    const paths = ['a.b', 'c'];
    expect(keysOf({ a: { b: 1 }, c: 2 }, paths)).toBe('{"a":{"b":1},"c":2}');
    expect(keysOf({ a: [1], c: null }, paths)).toBe('{"c":null}');
    expect(keysOf({}, paths)).toBe('{}');
  });

  it('is null when the collection has no indexed field', () => {
    expect(keysOf({ a: 1 }, [])).toBeNull();
  });
});
