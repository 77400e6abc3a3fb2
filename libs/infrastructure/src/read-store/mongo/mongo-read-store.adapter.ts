import mongoose, { ConnectOptions, Connection, mongo } from 'mongoose';
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
import { checkpointModel } from './checkpoint.schema';
import {
  isNamespaceNotFound,
  isReplacement,
  MongoDoc,
  toMongoBulkOperations,
  toMongoIndex,
  translateMongoError,
} from './mongo-read-store.mapping';

export interface MongoReadStoreOptions {
  /** The database, when the URL names none or to override it (e.g. one database per test run). */
  readonly dbName?: string;
  /** How long an operation waits for a reachable server before it fails. */
  readonly serverSelectionTimeoutMs?: number;
}

const DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 5_000;

/**
 * The server read store: MongoDB through a mongoose connection. Collections are schemaless (each projection
 * owns its document shape) and use the driver's own filters, sorts, pipelines and update operators, which the
 * in-memory store emulates. Declared indexes are remembered so a dropped collection gets them back.
 */
export class MongoReadStore implements ReadStore {
  readonly persistent = true;
  private readonly connection: Connection;
  private opening: Promise<unknown>;
  /** Declared indexes per collection, keyed by their key pattern. */
  private readonly declared = new Map<string, Map<string, IndexSpec>>();

  constructor(
    private readonly url: string,
    private readonly options: MongoReadStoreOptions = {},
  ) {
    this.connection = mongoose.createConnection(url, this.connectOptions());
    // Failures reach callers through each operation and health(); an 'error' event nobody listens to would crash.
    this.connection.on('error', () => undefined);
    this.opening = this.connection.asPromise();
    this.opening.catch(() => undefined);
  }

  collection<T extends { _id: string }>(name: string): ReadCollection<T> {
    return new MongoCollection<T>(name, () => this.native(name));
  }

  async ensureIndexes(indexes: readonly IndexSpec[]): Promise<void> {
    for (const spec of indexes) {
      const byKeys = this.declared.get(spec.collection) ?? new Map<string, IndexSpec>();
      byKeys.set(JSON.stringify(spec.keys), spec);
      this.declared.set(spec.collection, byKeys);
      await this.createIndex(spec);
    }
  }

  /**
   * On a replica set (docker-compose runs one) the batch is one transaction: documents and checkpoints
   * together or not at all. A standalone server has no transactions: the writes go in order, documents
   * before the checkpoints that follow them, so a crash can only make the projector replay, never skip.
   */
  async writeBatch(batch: WriteBatch): Promise<{ atomic: boolean }> {
    await this.ready();
    if (await this.supportsTransactions()) {
      const session = this.connection.getClient().startSession();
      try {
        await session.withTransaction(async () => {
          if (batch.guard) {
            const guard = await this.native(batch.guard.collection);
            if (!(await guard.findOne(batch.guard.filter as mongo.Filter<MongoDoc>, { session }))) {
              throw new WriteGuardError(batch.guard.collection);
            }
          }
          for (const { collection, operations } of batch.writes) {
            if (operations.length === 0) continue;
            const native = await this.native(collection);
            await native.bulkWrite(toMongoBulkOperations(operations), { ordered: true, session }).catch((error) => {
              throw translateMongoError(error, collection);
            });
          }
        });
      } finally {
        await session.endSession();
      }
      return { atomic: true };
    }
    if (batch.guard && !(await this.collection(batch.guard.collection).findOne(batch.guard.filter))) {
      throw new WriteGuardError(batch.guard.collection);
    }
    for (const { collection, operations } of batch.writes) await this.collection(collection).bulkWrite(operations);
    return { atomic: false };
  }

  private transactions: boolean | null = null;

  private async supportsTransactions(): Promise<boolean> {
    if (this.transactions === null) {
      const hello = (await this.connection.db!.admin().command({ hello: 1 })) as { setName?: string; msg?: string };
      this.transactions = Boolean(hello.setName) || hello.msg === 'isdbgrid';
    }
    return this.transactions;
  }

  async drop(name: string): Promise<void> {
    const collection = await this.native(name);
    try {
      await collection.drop();
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
    }
    for (const spec of this.declared.get(name)?.values() ?? []) await this.createIndex(spec);
  }

  async health() {
    try {
      await this.ready();
      await this.connection.db!.admin().ping();
      const latest = await checkpointModel(this.connection).findOne().sort({ updatedAt: -1 }).lean();
      const checkpoint = latest ? `last checkpoint ${latest._id} at ${latest.updatedAt}` : 'no checkpoint yet';
      return { status: 'up' as const, adapter: 'mongo', detail: `${this.connection.name}: ${checkpoint}` };
    } catch (error) {
      return { status: 'down' as const, adapter: 'mongo', detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private async createIndex(spec: IndexSpec): Promise<void> {
    const { keys, options } = toMongoIndex(spec);
    const collection = await this.native(spec.collection);
    await collection.createIndex(keys, options);
  }

  private async native(name: string): Promise<mongo.Collection<MongoDoc>> {
    await this.ready();
    return this.connection.collection<MongoDoc>(name);
  }

  /** Mongoose never retries a failed first connection: the next caller after a failure starts a new attempt. */
  private async ready(): Promise<void> {
    const attempt = this.opening;
    try {
      await attempt;
    } catch {
      if (this.opening === attempt) {
        this.opening = this.connection.openUri(this.url, this.connectOptions());
        this.opening.catch(() => undefined);
      }
      await this.opening;
    }
  }

  private connectOptions(): ConnectOptions {
    return {
      ...(this.options.dbName ? { dbName: this.options.dbName } : {}),
      serverSelectionTimeoutMS: this.options.serverSelectionTimeoutMs ?? DEFAULT_SERVER_SELECTION_TIMEOUT_MS,
      // Indexes come from ensureIndexes and collections from the first write, never from model declarations.
      autoIndex: false,
      autoCreate: false,
    };
  }
}

class MongoCollection<T extends { _id: string }> implements ReadCollection<T> {
  constructor(
    private readonly name: string,
    private readonly native: () => Promise<mongo.Collection<MongoDoc>>,
  ) {}

  find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    return this.run(
      async (c) =>
        (await c
          .find(filter as mongo.Filter<MongoDoc>, {
            sort: options.sort,
            skip: options.skip,
            limit: options.limit,
            projection: options.projection,
          })
          .toArray()) as unknown as T[],
    );
  }

  findOne(filter: Filter): Promise<T | null> {
    return this.run(async (c) => (await c.findOne(filter as mongo.Filter<MongoDoc>)) as unknown as T | null);
  }

  count(filter: Filter = {}): Promise<number> {
    return this.run((c) => c.countDocuments(filter as mongo.Filter<MongoDoc>));
  }

  aggregate<R = Record<string, unknown>>(pipeline: readonly PipelineStage[]): Promise<R[]> {
    return this.run(async (c) => (await c.aggregate([...pipeline]).toArray()) as R[]);
  }

  async upsert(doc: T): Promise<void> {
    await this.run((c) => c.replaceOne({ _id: doc._id }, doc as unknown as MongoDoc, { upsert: true }));
  }

  async insertOne(doc: T): Promise<void> {
    await this.run((c) => c.insertOne(doc as unknown as MongoDoc));
  }

  updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}) {
    return this.run(async (c) => {
      const mongoFilter = filter as mongo.Filter<MongoDoc>;
      const upsert = options.upsert ?? false;
      // A plain document replaces the match (as in our in-memory store); the driver's updateOne refuses one.
      const result = isReplacement(update)
        ? await c.replaceOne(mongoFilter, update as mongo.WithoutId<MongoDoc>, { upsert })
        : await c.updateOne(mongoFilter, update as mongo.UpdateFilter<MongoDoc>, { upsert });
      return { matched: result.matchedCount, upserted: result.upsertedCount > 0 };
    });
  }

  deleteOne(filter: Filter): Promise<number> {
    return this.run(async (c) => (await c.deleteOne(filter as mongo.Filter<MongoDoc>)).deletedCount);
  }

  deleteMany(filter: Filter = {}): Promise<number> {
    return this.run(async (c) => (await c.deleteMany(filter as mongo.Filter<MongoDoc>)).deletedCount);
  }

  async bulkWrite(operations: readonly BulkOperation[]): Promise<void> {
    // The driver refuses an empty batch; ordered, so a batch means what applying it op by op means.
    if (operations.length === 0) return;
    await this.run((c) => c.bulkWrite(toMongoBulkOperations(operations), { ordered: true }));
  }

  private async run<R>(operation: (collection: mongo.Collection<MongoDoc>) => Promise<R>): Promise<R> {
    try {
      return await operation(await this.native());
    } catch (error) {
      throw translateMongoError(error, this.name);
    }
  }
}
