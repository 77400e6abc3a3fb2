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
  WriteBatch,
  WriteGuardError,
} from '@candor/application';

import { applyUpdate, clone, getPath, matchDocuments, shapeResults, upsertSeed, withMongoCount } from '../mongo-emulation';

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

  /** In order, within one turn of the event loop: no reader sees half a batch (nothing outlives the process anyway). */
  async writeBatch(batch: WriteBatch): Promise<{ atomic: boolean }> {
    if (batch.guard && !(await this.collection(batch.guard.collection).findOne(batch.guard.filter))) {
      throw new WriteGuardError(batch.guard.collection);
    }
    for (const { collection, operations } of batch.writes) {
      (this.collection(collection) as unknown as MemoryCollection<Doc>).applyBulk(operations);
    }
    return { atomic: false };
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
    return shapeResults(this.matching(filter), options);
  }

  /** The documents the filter matches, in insertion order. */
  private matching(filter: Filter): T[] {
    return matchDocuments(this.candidates(filter), filter);
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

  async insertOne(doc: T): Promise<void> {
    if (this.docs.has(doc._id)) throw new Error(`Duplicate key on _id: ${JSON.stringify(doc._id)}`);
    this.put(clone(doc));
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}) {
    return this.updateOneNow(filter, update, options);
  }

  private updateOneNow(filter: Filter, update: Update, options: { upsert?: boolean } = {}) {
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
    return this.deleteOneNow(filter);
  }

  private deleteOneNow(filter: Filter): number {
    const [match] = mingo.find(this.candidates(filter), filter).limit(1).all() as T[];
    return match && this.docs.delete(match._id) ? 1 : 0;
  }

  async deleteMany(filter: Filter = {}): Promise<number> {
    return this.deleteManyNow(filter);
  }

  private deleteManyNow(filter: Filter = {}): number {
    const matches = mingo.find(this.candidates(filter), filter).all() as T[];
    matches.forEach((m) => this.docs.delete(m._id));
    return matches.length;
  }

  async bulkWrite(operations: readonly BulkOperation[]): Promise<void> {
    this.applyBulk(operations);
  }

  applyBulk(operations: readonly BulkOperation[]): void {
    for (const op of operations) {
      if ('replaceOne' in op) {
        const { filter, replacement, upsert } = op.replaceOne;
        const [match] = mingo.find(this.candidates(filter), filter).limit(1).all() as T[];
        if (match) this.put({ ...clone(replacement as T), _id: match._id });
        else if (upsert) this.put(clone(replacement as T));
      } else if ('updateOne' in op) {
        this.updateOneNow(op.updateOne.filter, op.updateOne.update, { upsert: op.updateOne.upsert });
      } else if ('deleteOne' in op) {
        this.deleteOneNow(op.deleteOne.filter);
      } else {
        this.deleteManyNow(op.deleteMany.filter);
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
