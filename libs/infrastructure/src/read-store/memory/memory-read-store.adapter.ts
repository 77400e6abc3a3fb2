import * as mingo from 'mingo';
import {
  BulkOperation,
  Filter,
  FindOptions,
  IndexSpec,
  PipelineStage,
  ReadCollection,
  ReadStore,
  Update,
} from '@candor/application';

import { compileNativeFilter, sortNatively } from './native-query';

type Doc = { _id: string } & Record<string, unknown>;

/**
 * The embedded read store: documents in memory, Mongo filters, sorts, pipelines and update operators
 * evaluated with mingo. Not persistent: the projector rebuilds it by replay at start.
 */
export class MemoryReadStore implements ReadStore {
  readonly persistent = false;
  private readonly collections = new Map<string, MemoryCollection<Doc>>();

  collection<T extends { _id: string }>(name: string): ReadCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MemoryCollection<Doc>();
      this.collections.set(name, collection);
    }
    return collection as unknown as ReadCollection<T>;
  }

  async ensureIndexes(indexes: readonly IndexSpec[]): Promise<void> {
    for (const index of indexes.filter((i) => i.unique)) {
      (this.collection(index.collection) as unknown as MemoryCollection<Doc>).addUniqueKey(Object.keys(index.keys));
    }
  }

  async drop(name: string): Promise<void> {
    this.collections.get(name)?.clear();
  }

  async health() {
    return { status: 'up' as const, adapter: 'memory', detail: `${this.collections.size} collections` };
  }

  async close(): Promise<void> {
    this.collections.clear();
  }
}

class MemoryCollection<T extends Doc> implements ReadCollection<T> {
  private readonly docs = new Map<string, T>();
  private readonly uniqueKeys: string[][] = [];

  addUniqueKey(fields: string[]): void {
    if (!this.uniqueKeys.some((k) => k.join() === fields.join())) this.uniqueKeys.push(fields);
  }

  clear(): void {
    this.docs.clear();
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    const matched = this.matching(filter);
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

  /** The documents the filter matches, in insertion order: natively where it can decide, mingo otherwise. */
  private matching(filter: Filter): T[] {
    const candidates = this.candidates(filter);
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

  async findOne(filter: Filter): Promise<T | null> {
    const id = directId(filter);
    if (id !== undefined && Object.keys(filter).length === 1) {
      const doc = this.docs.get(id);
      return doc ? clone(doc) : null;
    }
    const [first] = await this.find(filter, { limit: 1 });
    return first ?? null;
  }

  async count(filter: Filter = {}): Promise<number> {
    if (Object.keys(filter).length === 0) return this.docs.size;
    return this.matching(filter).length;
  }

  async aggregate<R>(pipeline: readonly PipelineStage[]): Promise<R[]> {
    return mingo.aggregate([...this.docs.values()], withMongoCount(pipeline)).map(clone) as R[];
  }

  async upsert(doc: T): Promise<void> {
    this.put(clone(doc));
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}) {
    const [match] = mingo.find(this.candidates(filter), filter).limit(1).all() as T[];
    if (match) {
      this.put(applyUpdate(clone(match), update, false));
      return { matched: 1, upserted: false };
    }
    if (!options.upsert) return { matched: 0, upserted: false };
    const created = applyUpdate(upsertSeed(filter) as T, update, true);
    if (typeof created._id !== 'string') throw new Error('An upsert needs an _id in its filter or update');
    this.put(created);
    return { matched: 0, upserted: true };
  }

  async deleteOne(filter: Filter): Promise<number> {
    const [match] = mingo.find(this.candidates(filter), filter).limit(1).all() as T[];
    return match && this.docs.delete(match._id) ? 1 : 0;
  }

  async deleteMany(filter: Filter = {}): Promise<number> {
    const matches = mingo.find(this.candidates(filter), filter).all() as T[];
    matches.forEach((m) => this.docs.delete(m._id));
    return matches.length;
  }

  async bulkWrite(operations: readonly BulkOperation[]): Promise<void> {
    for (const op of operations) {
      if ('replaceOne' in op) {
        const { filter, replacement, upsert } = op.replaceOne;
        const [match] = mingo.find(this.candidates(filter), filter).limit(1).all() as T[];
        if (match) this.put({ ...clone(replacement as T), _id: match._id });
        else if (upsert) this.put(clone(replacement as T));
      } else if ('updateOne' in op) {
        await this.updateOne(op.updateOne.filter, op.updateOne.update, { upsert: op.updateOne.upsert });
      } else if ('deleteOne' in op) {
        await this.deleteOne(op.deleteOne.filter);
      } else {
        await this.deleteMany(op.deleteMany.filter);
      }
    }
  }

  /** A filter on one `_id` reads one document instead of scanning. */
  private candidates(filter: Filter): T[] {
    const id = directId(filter);
    if (id !== undefined) {
      const doc = this.docs.get(id);
      return doc ? [doc] : [];
    }
    return [...this.docs.values()];
  }

  private put(doc: T): void {
    for (const fields of this.uniqueKeys) {
      const key = fields.map((f) => JSON.stringify(getPath(doc, f))).join('|');
      for (const other of this.docs.values()) {
        if (other._id !== doc._id && fields.map((f) => JSON.stringify(getPath(other, f))).join('|') === key) {
          throw new Error(`Duplicate key on ${fields.join(', ')}: ${key}`);
        }
      }
    }
    this.docs.set(doc._id, doc);
  }
}

function directId(filter: Filter): string | undefined {
  return typeof filter._id === 'string' ? filter._id : undefined;
}

function isOperator(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).some((k) => k.startsWith('$'))
  );
}

/** Applies operators (or a replacement) to `doc`, copying from `update` so the caller's object stays its own. */
function applyUpdate<T extends Doc>(doc: T, update: Update, inserting: boolean): T {
  const hasOperators = Object.keys(update).some((k) => k.startsWith('$'));
  if (!hasOperators) return { ...clone(update as T), _id: doc._id ?? (update as T)._id };
  // mingo has no $setOnInsert: as in MongoDB it is a $set when the upsert inserts, and nothing otherwise.
  const { $setOnInsert, ...operators } = clone(update);
  if (Object.keys(operators).length > 0) mingo.update(doc, operators as never);
  if (inserting && $setOnInsert) mingo.update(doc, { $set: $setOnInsert } as never);
  return doc;
}

/** The document an upsert starts from, as MongoDB builds it: the filter's equality conditions, dotted paths nested. */
function upsertSeed(filter: Filter): Doc {
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
function withMongoCount(pipeline: readonly PipelineStage[]): Record<string, unknown>[] {
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

function getPath(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
