import * as mingo from 'mingo';
import { Filter, FindOptions, PipelineStage, Update } from '@candor/application';
import { compileNativeFilter, sortNatively } from './memory/native-query';

/**
 * MongoDB's semantics over plain documents in this process, shared by the stores that emulate it (in memory,
 * SQLite): matching, sort/skip/limit/projection, update operators, upserts and `$count`.
 */
type Doc = { _id: string } & Record<string, unknown>;

/** The documents the filter matches, in their given order: natively where it can decide, mingo otherwise. */
export function matchDocuments<T extends Doc>(candidates: T[], filter: Filter): T[] {
  const native = compileNativeFilter(filter);
  if (!native) return mingo.find(candidates, filter).all() as T[];
  let reference: mingo.Query | null = null;
  return candidates.filter((doc) => {
    const verdict = native(doc);
    if (verdict !== undefined) return verdict;
    reference ??= new mingo.Query(filter);
    return reference.test(doc);
  });
}

/** Sort, skip, limit and projection of matched documents, as copies. */
export function shapeResults<T extends Doc>(matched: T[], options: FindOptions): T[] {
  const sorted = options.sort ? sortNatively(matched, options.sort) : matched;
  if (!sorted || options.projection) {
    // The reference path: mingo sorts what the native path cannot and applies projections.
    let cursor = mingo.find(matched, {}, options.projection);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return (cursor.all() as T[]).map(clone);
  }
  const start = options.skip ?? 0;
  return sorted.slice(start, options.limit ? start + options.limit : undefined).map(clone);
}

function isOperator(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).some((k) => k.startsWith('$'))
  );
}

/** Applies operators (or a replacement) to `doc`, copying from `update` so the caller's object stays its own. */
export function applyUpdate<T extends Doc>(doc: T, update: Update, inserting: boolean): T {
  const hasOperators = Object.keys(update).some((k) => k.startsWith('$'));
  if (!hasOperators) return { ...clone(update as T), _id: doc._id ?? (update as T)._id };
  // mingo has no $setOnInsert: as in MongoDB it is a $set when the upsert inserts, and nothing otherwise.
  const { $setOnInsert, ...operators } = clone(update);
  if (Object.keys(operators).length > 0) mingo.update(doc, operators as never);
  if (inserting && $setOnInsert) mingo.update(doc, { $set: $setOnInsert } as never);
  return doc;
}

/** The document an upsert starts from, as MongoDB builds it: the filter's equality conditions, dotted paths nested. */
export function upsertSeed(filter: Filter): Doc {
  const equalities: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$')) continue;
    if (!isOperator(value)) equalities[key] = value;
    else if (Object.keys(value as object).length === 1 && '$eq' in (value as object)) equalities[key] = (value as { $eq: unknown }).$eq;
  }
  // mingo's $set refuses `_id` (immutable once a document exists), so it goes in first, as it is.
  const { _id, ...fields } = clone(equalities);
  const seed = (_id === undefined ? {} : { _id }) as Doc;
  if (Object.keys(fields).length > 0) mingo.update(seed, { $set: fields } as never);
  return seed;
}

/**
 * MongoDB's `$count` yields no document for no input; mingo's yields a zero count. Rewritten as the
 * `$group` + `$project` that MongoDB documents as its equivalent, also inside `$facet` sub-pipelines.
 */
export function withMongoCount(pipeline: readonly PipelineStage[]): Record<string, unknown>[] {
  return pipeline.flatMap((stage): Record<string, unknown>[] => {
    if (typeof stage.$count === 'string') {
      return [{ $group: { _id: null, [stage.$count]: { $sum: 1 } } }, { $project: { _id: 0 } }];
    }
    if (stage.$facet && typeof stage.$facet === 'object') {
      const facets = Object.entries(stage.$facet as Record<string, PipelineStage[]>);
      return [{ $facet: Object.fromEntries(facets.map(([name, inner]) => [name, withMongoCount(inner)])) }];
    }
    return [stage];
  });
}

export function getPath(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc);
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
