import fc from 'fast-check';
import * as mingo from 'mingo';
import { compileNativeFilter, sortNatively } from './native-query';

const value = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'A', ''),
  fc.integer({ min: -2, max: 3 }),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.constantFrom('a', 'b', 1, 2), { maxLength: 3 }),
  fc.record({ x: fc.constantFrom('a', 1, null) }, { noNullPrototype: true }),
);
const doc = fc.record(
  { s: value, n: value, o: fc.record({ x: value }, { requiredKeys: [], noNullPrototype: true }) },
  { requiredKeys: [], noNullPrototype: true },
);
const scalar = fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.integer({ min: -2, max: 3 }), fc.constant(null), fc.boolean());
const path = fc.constantFrom('s', 'n', 'o.x', 'missing');
const fieldCondition = fc.oneof(
  scalar,
  scalar.map(($eq) => ({ $eq })),
  fc.array(scalar, { minLength: 1, maxLength: 3 }).map(($in) => ({ $in })),
  fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), fc.oneof(fc.constantFrom('a', 'b'), fc.integer({ min: -1, max: 2 }))).map(([op, v]) => ({ [op]: v })),
);
const leaf = fc.tuple(path, fieldCondition).map(([p, c]) => ({ [p]: c }));
const filter = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(($or) => ({ $or })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(($and) => ({ $and })),
    fc.tuple(leaf, leaf).map(([a, b]) => ({ ...a, ...b })),
  ),
})).node as fc.Arbitrary<Record<string, unknown>>;

/** The native fast path agrees with mingo (the reference) wherever it gives a verdict. */
describe('native query fast path', () => {
  it('matches exactly the documents mingo matches (falling back to mingo where it cannot decide)', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 12 }), filter, (docs, f) => {
        const native = compileNativeFilter(f);
        const expected = mingo.find(docs, f).all();
        if (!native) return;
        const query = new mingo.Query(f);
        const actual = docs.filter((d) => native(d) ?? query.test(d));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts like mingo whenever it sorts at all (strings or numbers per key, null and missing first)', () => {
    const sortable = fc.record(
      { s: fc.oneof(fc.constantFrom('a', 'b', 'B', 'aa'), fc.constant(null)), n: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(null)), i: fc.nat() },
      { requiredKeys: ['i'], noNullPrototype: true },
    );
    const sort = fc.constantFrom<Record<string, 1 | -1>>({ s: 1 }, { s: -1 }, { n: -1, s: 1 }, { s: 1, n: 1 }, { n: 1 });
    fc.assert(
      fc.property(fc.array(sortable, { maxLength: 15 }), sort, (docs, order) => {
        const sorted = sortNatively(docs, order);
        expect(sorted).not.toBeNull();
        expect(sorted!.map((d) => [d.s ?? null, d.n ?? null])).toEqual(
          mingo.find(docs, {}).sort(order).all().map((d) => [d.s ?? null, d.n ?? null]),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('declines what it does not handle: mixed types in a sort key, unknown operators', () => {
    expect(sortNatively([{ s: 'a' }, { s: 1 }], { s: 1 })).toBeNull();
    expect(compileNativeFilter({ s: { $regex: 'a' } })).toBeNull();
    expect(compileNativeFilter({ $where: 'true' })).toBeNull();
    expect(compileNativeFilter({ s: new Date() })).toBeNull();
  });
});
