import { Filter, Sort } from '@candor/application/ports/read-store.port';

/**
 * A native fast path for the filters and sorts the projections' list queries use, evaluated with MongoDB's
 * semantics where they are simple: equality, `$in` and range operators on scalars, `$and`/`$or`. Anything
 * else is `null` (compile) or `undefined` (a verdict on one document: an array or object value, a type the
 * fast path does not compare), and the caller falls back to mingo, which stays the reference.
 */
type Scalar = string | number | boolean | null;
type Verdict = boolean | undefined;
export type NativePredicate = (doc: Record<string, unknown>) => Verdict;

const RANGE = new Set(['$gt', '$gte', '$lt', '$lte']);

export function compileNativeFilter(filter: Filter): NativePredicate | null {
  const parts: NativePredicate[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(condition) || condition.length === 0) return null;
      const branches = condition.map((c) => (isPlainObject(c) ? compileNativeFilter(c) : null));
      if (branches.some((b) => b === null)) return null;
      parts.push(key === '$and' ? all(branches as NativePredicate[]) : any(branches as NativePredicate[]));
      continue;
    }
    if (key.startsWith('$')) return null;
    const field = compileField(key, condition);
    if (!field) return null;
    parts.push(field);
  }
  return all(parts);
}

function compileField(path: string, condition: unknown): NativePredicate | null {
  if (isScalar(condition)) return (doc) => equals(valueAt(doc, path), condition);
  if (!isPlainObject(condition)) return null;
  const tests: NativePredicate[] = [];
  for (const [op, operand] of Object.entries(condition)) {
    if (op === '$eq' && isScalar(operand)) tests.push((doc) => equals(valueAt(doc, path), operand));
    else if (op === '$in' && Array.isArray(operand) && operand.every(isScalar)) {
      tests.push(any(operand.map((v) => (doc: Record<string, unknown>) => equals(valueAt(doc, path), v as Scalar))));
    } else if (RANGE.has(op) && (typeof operand === 'string' || typeof operand === 'number')) {
      tests.push((doc) => compareRange(valueAt(doc, path), op, operand));
    } else return null;
  }
  return tests.length ? all(tests) : null;
}

/** Equality as MongoDB: null also matches a missing field; arrays and objects are left to mingo. */
function equals(value: unknown, expected: Scalar): Verdict {
  if (value === undefined) return expected === null;
  if (value === null) return expected === null;
  if (typeof value === 'object') return undefined;
  return value === expected;
}

/** Range operators compare within one type (MongoDB's type bracketing): a string never matches a number bound. */
function compareRange(value: unknown, op: string, bound: string | number): Verdict {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object') return undefined;
  if (typeof value !== typeof bound) return false;
  const v = value as string | number;
  switch (op) {
    case '$gt':
      return v > bound;
    case '$gte':
      return v >= bound;
    case '$lt':
      return v < bound;
    default:
      return v <= bound;
  }
}

function all(parts: NativePredicate[]): NativePredicate {
  return (doc) => {
    let verdict: Verdict = true;
    for (const part of parts) {
      const v = part(doc);
      if (v === false) return false;
      if (v === undefined) verdict = undefined;
    }
    return verdict;
  };
}

function any(parts: NativePredicate[]): NativePredicate {
  return (doc) => {
    let verdict: Verdict = false;
    for (const part of parts) {
      const v = part(doc);
      if (v === true) return true;
      if (v === undefined) verdict = undefined;
    }
    return verdict;
  };
}

/**
 * Sorts natively when every sort key holds only strings, or only numbers, besides null/missing (which
 * MongoDB orders first); returns null when a key mixes types or holds arrays/objects (mingo sorts then).
 * Array.prototype.sort is stable, as the fallback is.
 */
export function sortNatively<T extends Record<string, unknown>>(docs: T[], sort: Sort): T[] | null {
  const keys = Object.entries(sort);
  for (const [path] of keys) {
    let kind: 'string' | 'number' | null = null;
    for (const doc of docs) {
      const value = valueAt(doc, path);
      if (value === undefined || value === null) continue;
      const type = typeof value;
      if (type !== 'string' && type !== 'number') return null;
      if (kind && kind !== type) return null;
      kind = type as 'string' | 'number';
    }
  }
  return [...docs].sort((a, b) => {
    for (const [path, direction] of keys) {
      const order = compareSortable(valueAt(a, path), valueAt(b, path));
      if (order !== 0) return order * direction;
    }
    return 0;
  });
}

function compareSortable(a: unknown, b: unknown): number {
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? -1 : 1;
  return (a as string | number) < (b as string | number) ? -1 : (a as string | number) > (b as string | number) ? 1 : 0;
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  if (!path.includes('.')) return doc[path];
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return Array.isArray(value) ? [] : undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
