import { Filter, Sort } from '@candor/application';

/**
 * Translates the Mongo filters and sorts the read models use into SQL over a `(_id, keys JSON, doc JSON)` table
 * (`keys`: the document's indexed fields only, see `keysOf`; a field it holds is read there, so SQL uses the indexes
 * built over it and parses a small value; any other field is read from `doc`).
 *
 * `exact` says the SQL answers the filter by itself; otherwise the SQL selects a superset of the matches (every
 * document it cannot decide stays in) and the caller checks each candidate with MongoDB's semantics. A field
 * that a declared index covers is taken to hold scalars (that is what an index on it is for), so conditions on
 * it translate exactly and use the index; any other field might hold an array (whose elements MongoDB matches),
 * so its condition also lets every array through and the answer is checked in JavaScript.
 */
export interface SqlCondition {
  readonly sql: string;
  readonly params: unknown[];
  readonly exact: boolean;
}

type Scalar = string | number | boolean | null;
const RANGE: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };
const ALL: SqlCondition = { sql: '1', params: [], exact: false };

export function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** The column a field is read from: `keys` when it holds the field (an indexed one), else the whole `doc`. */
export type Column = 'keys' | 'doc';

export function fieldExpression(path: string, column: Column): string {
  return path === '_id' ? '_id' : `json_extract(${column}, ${jsonPath(path)})`;
}

/**
 * The `keys` column's value: the document's values at these paths (the fields its collection's indexes use), as
 * JSON nested like the document, so `json_extract(keys, path)` reads what `json_extract(doc, path)` reads. Null
 * when the collection has no indexed field.
 */
export function keysOf(doc: Record<string, unknown>, paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  const keys: Record<string, unknown> = {};
  for (const parts of keyPathParts(paths)) {
    let value: unknown = doc;
    for (const part of parts) value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
    if (value === undefined) continue;
    let target = keys;
    for (let i = 0; i < parts.length - 1; i += 1) target = (target[parts[i]] ??= {}) as Record<string, unknown>;
    target[parts[parts.length - 1]] = value;
  }
  return JSON.stringify(keys);
}

/** Per list of key paths (a store keeps one list per collection), its paths split at dots, but those another path holds. */
const keyPathPartsOf = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function keyPathParts(paths: readonly string[]): readonly (readonly string[])[] {
  let parts = keyPathPartsOf.get(paths);
  if (!parts) {
    // the value at `other` holds `other.x`
    parts = paths.filter((path) => !paths.some((other) => path.startsWith(`${other}.`))).map((path) => path.split('.'));
    keyPathPartsOf.set(paths, parts);
  }
  return parts;
}

/** The paths a `keys` column can hold: every indexed field but `_id` (a column of its own) and names SQL cannot path. */
export function keyPaths(indexedFields: Iterable<string>): string[] {
  return [...indexedFields].filter((path) => path !== '_id' && safePath(path));
}

export function jsonPath(path: string): string {
  if (!/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(path)) throw new Error(`Unsupported field path ${path}`);
  return `'$.${path}'`;
}

/** `keyed`: the fields the table's `keys` column holds (read there instead of `doc`). */
export function filterToSql(filter: Filter, scalarFields: ReadonlySet<string>, keyed: ReadonlySet<string> = new Set()): SqlCondition {
  const parts: SqlCondition[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(condition) || condition.length === 0) return ALL;
      const branches = condition.map((c) => (isPlainObject(c) ? filterToSql(c, scalarFields, keyed) : ALL));
      if (key === '$and') parts.push(and(branches));
      else parts.push(branches.some((b) => b === ALL) ? ALL : or(branches));
      continue;
    }
    if (key.startsWith('$') || !safePath(key)) {
      parts.push(ALL);
      continue;
    }
    parts.push(fieldToSql(key, condition, key === '_id' || scalarFields.has(key), keyed.has(key) ? 'keys' : 'doc'));
  }
  return and(parts);
}

function fieldToSql(path: string, condition: unknown, scalar: boolean, column: Column): SqlCondition {
  const tests: SqlCondition[] = [];
  if (isScalar(condition)) tests.push(equality(path, condition, scalar, column));
  else if (isPlainObject(condition)) {
    for (const [op, operand] of Object.entries(condition)) {
      if (op === '$eq' && isScalar(operand)) tests.push(equality(path, operand, scalar, column));
      else if (op === '$in' && Array.isArray(operand) && operand.length > 0 && operand.every(isScalar)) {
        tests.push(or(operand.map((v) => equality(path, v as Scalar, scalar, column))));
      } else if (op in RANGE && (typeof operand === 'string' || typeof operand === 'number')) {
        tests.push(range(path, RANGE[op], operand, scalar, column));
      } else tests.push(ALL);
    }
  } else tests.push(ALL);
  const test = and(tests);
  if (scalar || test === ALL) return test;
  // Not known to be a scalar: an array along the path is left to the JavaScript check.
  const arrays = prefixes(path).map((p) => `json_type(doc, ${jsonPath(p)}) = 'array'`);
  return { sql: `(${test.sql} OR ${arrays.join(' OR ')})`, params: test.params, exact: false };
}

/**
 * Equality within the value's JSON type (a string never equals a number; null also matches a missing field).
 * On a scalar field a string needs no type test: `json_extract` gives text only for a JSON string there, and text
 * never equals a number in SQLite; so the test is the bare indexed expression, answered from the index without
 * parsing the document. Numbers still need it (`true` reads as 1).
 */
function equality(path: string, value: Scalar, scalar: boolean, column: Column): SqlCondition {
  const expr = fieldExpression(path, column);
  if (value === null) return { sql: `${expr} IS NULL`, params: [], exact: true };
  if (path === '_id') return { sql: '_id = ?', params: [value], exact: typeof value === 'string' };
  if (scalar && typeof value === 'string') return { sql: `${expr} = ?`, params: [value], exact: true };
  if (typeof value === 'boolean') {
    return { sql: `(${expr} = ? AND json_type(${column}, ${jsonPath(path)}) = ?)`, params: [value ? 1 : 0, String(value)], exact: true };
  }
  return { sql: `(${expr} = ? AND json_type(${column}, ${jsonPath(path)}) IN ${types(value)})`, params: [value], exact: true };
}

/**
 * Range operators compare within one type, as MongoDB's type bracketing does. On a scalar field a string bound
 * brackets by SQLite's own order (numbers sort below all text, NULL compares false): `>`/`>=` need nothing more
 * and `<`/`<=` add the lower bound `>= ''`, both answered from the index.
 */
function range(path: string, op: string, bound: string | number, scalar: boolean, column: Column): SqlCondition {
  const expr = fieldExpression(path, column);
  if (path === '_id') return { sql: `_id ${op} ?`, params: [bound], exact: typeof bound === 'string' };
  if (scalar && typeof bound === 'string') {
    const floor = op.startsWith('<') ? ` AND ${expr} >= ''` : '';
    return { sql: `(${expr} ${op} ?${floor})`, params: [bound], exact: true };
  }
  return { sql: `(${expr} ${op} ? AND json_type(${column}, ${jsonPath(path)}) IN ${types(bound)})`, params: [bound], exact: true };
}

function types(value: string | number): string {
  return typeof value === 'string' ? `('text')` : `('integer', 'real')`;
}

function and(parts: SqlCondition[]): SqlCondition {
  const real = parts.filter((p) => p.sql !== '1');
  const exact = parts.every((p) => p.exact);
  if (real.length === 0) return parts.length === 0 ? { sql: '1', params: [], exact: true } : ALL;
  return { sql: real.map((p) => p.sql).join(' AND '), params: real.flatMap((p) => p.params), exact };
}

function or(parts: SqlCondition[]): SqlCondition {
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params), exact: parts.every((p) => p.exact) };
}

/**
 * ORDER BY for a sort SQLite orders as MongoDB does: on `_id` and on fields known to hold scalars (nulls and
 * missing first, numbers before strings), read from the `keys` column (which holds every such field). Null when a
 * key is not such a field: the caller sorts in JavaScript.
 */
export function sortToSql(sort: Sort | undefined, scalarFields: ReadonlySet<string>): string | null {
  const keys = sortKeys(sort, scalarFields);
  return keys && [...keys.map(({ expression, direction }) => `${expression} ${direction}`), 'rowid ASC'].join(', ');
}

/** The sort's keys as SQL expressions (before the `rowid ASC` tie-break), or null as for `sortToSql`. */
export function sortKeys(sort: Sort | undefined, scalarFields: ReadonlySet<string>): { expression: string; direction: 'ASC' | 'DESC' }[] | null {
  const keys = Object.entries(sort ?? {});
  if (!keys.every(([path]) => path === '_id' || (scalarFields.has(path) && safePath(path)))) return null;
  return keys.map(([path, dir]) => ({ expression: fieldExpression(path, 'keys'), direction: dir === -1 ? 'DESC' : 'ASC' }));
}

/**
 * A filter whose top level (itself or the clauses of its `$and`) holds an `$or`, as one filter per branch of that
 * `$or`, each with the other clauses: their union is the filter. Each branch can then be answered by its own
 * index in sort order (one index cannot serve "owner is X or candidate is Y" sorted by date). Null otherwise.
 */
export function splitOr(filter: Filter): Filter[] | null {
  const rest: Filter[] = [];
  let branches: Filter[] | null = null;
  const visit = (clause: Filter): void => {
    for (const [key, value] of Object.entries(clause)) {
      if (key === '$and' && Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) value.forEach(visit);
      else if (key === '$or' && branches === null && Array.isArray(value) && value.length > 1 && value.every(isPlainObject)) {
        branches = value as Filter[];
      } else rest.push({ [key]: value });
    }
  };
  visit(filter);
  const found = branches as Filter[] | null;
  return found && found.map((branch) => (rest.length === 0 ? branch : { $and: [...rest, branch] }));
}

function prefixes(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

function safePath(path: string): boolean {
  return /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(path);
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
