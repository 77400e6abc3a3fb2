import { LruMap } from './lru-map';

describe('LruMap (second-chance)', () => {
  it('holds at most its capacity and evicts the oldest entry nobody read', () => {
    const map = new LruMap<string, number>(3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    map.set('d', 4);
    expect(map.size).toBe(3);
    expect(map.get('a')).toBeUndefined();
    expect([map.get('b'), map.get('c'), map.get('d')]).toEqual([2, 3, 4]);
  });

  it('keeps an entry read since it was written: the next unread one goes instead', () => {
    const map = new LruMap<string, number>(3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect(map.get('a')).toBe(1);
    map.set('d', 4);
    expect(map.get('a')).toBe(1);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('c')).toBe(3);
    expect(map.get('d')).toBe(4);
  });

  it('a kept entry is kept once per read: unread afterwards, it ages like the others', () => {
    const map = new LruMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.set('c', 3); // a survives (moved young, unmarked), b goes
    map.set('d', 4); // a is now the oldest unread: it goes
    expect(map.get('a')).toBeUndefined();
    expect(map.get('c')).toBe(3);
    expect(map.get('d')).toBe(4);
  });

  it('evicts even when every entry was read (each gets one more round, then the oldest goes)', () => {
    const map = new LruMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.get('b');
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(map.get('c')).toBe(3);
    expect(map.get('a')).toBeUndefined();
    expect(map.get('b')).toBe(2);
  });

  it('overwriting an entry replaces its value and counts as a use; delete and clear remove', () => {
    const map = new LruMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 10);
    map.set('c', 3);
    expect(map.get('a')).toBe(10);
    expect(map.get('b')).toBeUndefined();
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
    map.clear();
    expect(map.size).toBe(0);
  });

  it('a capacity of 0 keeps nothing', () => {
    const map = new LruMap<string, number>(0);
    map.set('a', 1);
    expect(map.get('a')).toBeUndefined();
  });
});
