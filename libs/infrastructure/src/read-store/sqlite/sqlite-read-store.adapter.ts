import * as mingo from 'mingo';
import Database from 'better-sqlite3';
import {
  BulkOperation,
  BulkWriter,
  BulkWriterOptions,
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
import { applyUpdate, matchDocuments, shapeResults, upsertSeed, withMongoCount } from '../mongo-emulation';
import { openPrivateDatabase } from '../../sqlite/open-private-database';
import { checkpointAndClose } from '../../sqlite/checkpoint-and-close';
import { BackgroundCheckpointer } from '../../sqlite/background-checkpointer';
import { fieldExpression, filterToSql, keyPaths, keysOf, quote, sortKeys, sortToSql, splitOr, SqlCondition } from './sqlite-filter';
import { IndexDefinition, SqliteBulkWriter } from './sqlite-bulk-writer';

type Doc = { _id: string } & Record<string, unknown>;
/** The fields a collection's `keys` column holds, in their order and as a set. */
type KeyedFields = { readonly fields: readonly string[]; readonly set: ReadonlySet<string> };

const STATEMENT_CACHE_MAX = 500;
/** Per collection, the indexed fields its tables' `keys` column holds (JSON array), as the last `ensureIndexes` set them. */
const KEY_FIELDS_TABLE = '_key_fields';
/** Rows read per step while filling a collection's `keys` column. */
const FILL_KEYS_PAGE = 1000;
/** 16k pages of 4 KiB: the WAL grows to about 64 MiB between checkpoints (truncated again at close). */
const WAL_CHECKPOINT_PAGES = 16_384;
/** How often the background thread folds the live connection's WAL into the file (see BackgroundCheckpointer). */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * The embedded, persistent read store: one SQLite file (`read-models.sqlite` beside the event log), one table
 * per collection, `(_id TEXT PRIMARY KEY, keys TEXT, doc TEXT)` with the document as JSON in `doc` and, in `keys`,
 * only its fields that the collection's declared indexes use (see `keysOf`), and one expression index
 * (`json_extract(keys, '$.field')`) per declared index, unique where declared. The indexes read the small `keys`
 * value, not the document: a write whose indexed fields did not change leaves `keys` (so every index) untouched,
 * and a rebuild's index build parses a few fields per row. Filters and sorts on indexed fields run in SQL;
 * anything SQL cannot decide is checked with MongoDB's semantics in JavaScript.
 *
 * A file of the older layout (no `keys` column, indexes over `doc`) gets the column, its indexes rebuilt over it,
 * and its rows' keys filled at `ensureIndexes`; so does a collection whose indexed fields changed.
 *
 * WAL mode: readers in other processes (`sqlite3 -readonly`, DuckDB) see committed batches while this process
 * writes. `synchronous = NORMAL`: a power cut may lose the last batches, documents and their checkpoint
 * together (they share a transaction), which the projector then replays from the event log.
 *
 * The store's own connection never checkpoints (`wal_autocheckpoint = 0`): a commit that crossed the threshold
 * would copy the WAL into the file and sync it on the caller's thread, a stall of tens of milliseconds under load.
 * A BackgroundCheckpointer does it from a worker thread instead (same sync setting, so the same durability).
 */
export class SqliteReadStore implements ReadStore {
  readonly persistent = true;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly collections = new Map<string, SqliteCollection<Doc>>();
  /** Declared indexes per collection, keyed by their key pattern. */
  private readonly declared = new Map<string, Map<string, IndexSpec>>();
  private readonly indexedFields = new Map<string, Set<string>>();
  /**
   * The fields each collection's `keys` column holds (from KEY_FIELDS_TABLE: a write sets them all), in their
   * order and as a set for the filter translator.
   */
  private readonly keyed = new Map<string, KeyedFields>();

  /**
   * The settings of every connection to the file: the bulk writer's and the checkpointer's take them as they are, the
   * store's own then leaves checkpoints to the checkpointer.
   */
  readonly pragmas = [
    'synchronous = NORMAL',
    // Checkpoints (the only syncs under NORMAL) every WAL_CHECKPOINT_PAGES instead of SQLite's 1000 pages: a rebuild
    // writes tens of MB per 100k events, and each checkpoint waits on the disk; a page rewritten meanwhile is copied once.
    `wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`,
    'busy_timeout = 5000',
    // Documents rebuilt after an erasure must not survive in free pages of the file.
    'secure_delete = ON',
  ];

  private readonly checkpointer: BackgroundCheckpointer;

  constructor(
    readonly file: string,
    options: { readonly checkpointEveryMs?: number } = {},
  ) {
    this.db = openPrivateDatabase(file, 'WAL');
    for (const pragma of this.pragmas) this.db.pragma(pragma);
    this.db.pragma('wal_autocheckpoint = 0');
    this.checkpointer = new BackgroundCheckpointer(file, {
      everyMs: options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS,
      pragmas: this.pragmas,
      onFailure: () => {
        if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
      },
    });
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${quote(KEY_FIELDS_TABLE)} (collection TEXT PRIMARY KEY, fields TEXT NOT NULL)`);
  }

  collection<T extends { _id: string }>(name: string): ReadCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      this.createTable(name);
      collection = new SqliteCollection<Doc>(name, this);
      this.collections.set(name, collection);
    }
    return collection as unknown as ReadCollection<T>;
  }

  async ensureIndexes(indexes: readonly IndexSpec[]): Promise<void> {
    const collections = new Set<string>();
    for (const spec of indexes) {
      const byKeys = this.declared.get(spec.collection) ?? new Map<string, IndexSpec>();
      byKeys.set(JSON.stringify(spec.keys), spec);
      this.declared.set(spec.collection, byKeys);
      this.indexedFields.delete(spec.collection);
      this.collection(spec.collection);
      collections.add(spec.collection);
    }
    for (const collection of collections) this.fillKeys(collection);
    for (const spec of indexes) this.createIndex(spec);
  }

  /** The fields the `keys` column of this collection holds (set on every write). */
  keyFields(collection: string): readonly string[] {
    return this.keyedOf(collection).fields;
  }

  /** `keyFields` as a set, for the filter translator. */
  keyedFields(collection: string): ReadonlySet<string> {
    return this.keyedOf(collection).set;
  }

  private keyedOf(collection: string): KeyedFields {
    let keyed = this.keyed.get(collection);
    if (!keyed) {
      const row = this.db.prepare(`SELECT fields FROM ${quote(KEY_FIELDS_TABLE)} WHERE collection = ?`).get(collection) as { fields: string } | undefined;
      keyed = keyedEntry(row ? (JSON.parse(row.fields) as string[]) : []);
      this.keyed.set(collection, keyed);
    }
    return keyed;
  }

  async writeBatch(batch: WriteBatch): Promise<{ atomic: boolean }> {
    this.db.transaction(() => {
      const { guard } = batch;
      if (guard && !(this.collection(guard.collection) as unknown as SqliteCollection<Doc>).matches(guard.filter)) {
        throw new WriteGuardError(guard.collection);
      }
      for (const { collection, operations } of batch.writes) {
        (this.collection(collection) as unknown as SqliteCollection<Doc>).applyBulk(operations);
      }
    })();
    return { atomic: true };
  }

  /**
   * A worker thread with its own connection to this file (see SqliteBulkWriter). The non-unique indexes of the
   * empty collections it fills are built once when it closes (unique ones stay: they refuse a duplicate as live).
   */
  bulkWriter(options: BulkWriterOptions = {}): BulkWriter {
    const deferred = (options.emptyCollections ?? []).flatMap((collection) =>
      [...(this.declared.get(collection)?.values() ?? [])].filter((spec) => !spec.unique).flatMap((spec) => indexDefinition(spec) ?? []),
    );
    return new SqliteBulkWriter(this, deferred);
  }

  /** Creates every declared index of these collections that is missing (after a bulk writer could not). */
  restoreIndexes(collections: readonly string[]): void {
    for (const collection of collections) for (const spec of this.declared.get(collection)?.values() ?? []) this.createIndex(spec);
  }

  ensureTable(name: string): void {
    this.collection(name);
  }

  async drop(name: string): Promise<void> {
    this.db.exec(`DROP TABLE IF EXISTS ${quote(name)}`);
    this.createTable(name);
    for (const spec of this.declared.get(name)?.values() ?? []) this.createIndex(spec);
  }

  async health() {
    try {
      this.db.prepare('SELECT 1').get();
      return { status: 'up' as const, adapter: 'sqlite', detail: this.file };
    } catch (error) {
      return { status: 'down' as const, adapter: 'sqlite', detail: (error as Error).message };
    }
  }

  /** Deleted rows are zeroed in place (`secure_delete`); their old images in the WAL go with a truncating checkpoint. */
  async scrub(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.checkpointer.close();
    checkpointAndClose(this.db);
  }

  /** Fields a declared index covers: taken to hold scalars, so conditions and sorts on them run in SQL. */
  scalarFields(collection: string): ReadonlySet<string> {
    let fields = this.indexedFields.get(collection);
    if (!fields) {
      fields = new Set([...(this.declared.get(collection)?.values() ?? [])].flatMap((spec) => Object.keys(spec.keys)));
      this.indexedFields.set(collection, fields);
    }
    return fields;
  }

  statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_MAX) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  transaction(work: () => void): void {
    this.db.transaction(work)();
  }

  /**
   * The table, `keys` before `doc` (an index build reads `keys` without walking a large document's overflow pages).
   * A table of the older layout gets the column (after `doc`), and loses its indexes over `doc` (`ensureIndexes`
   * creates them again over `keys` once its keys are filled: see `fillKeys`).
   */
  private createTable(name: string): void {
    const table = quote(name);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (_id TEXT PRIMARY KEY, keys TEXT, doc TEXT NOT NULL)`);
    const columns = this.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
    if (columns.some((column) => column.name === 'keys')) return;
    this.transaction(() => {
      this.db.exec(`ALTER TABLE ${table} ADD COLUMN keys TEXT`);
      const indexes = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(name) as { name: string }[];
      for (const index of indexes) this.db.exec(`DROP INDEX ${quote(index.name)}`);
      this.db.prepare(`DELETE FROM ${quote(KEY_FIELDS_TABLE)} WHERE collection = ?`).run(name);
    });
    this.keyed.delete(name);
  }

  /**
   * Makes the collection's `keys` column hold its declared indexes' fields: when they differ from those its rows
   * were written with (new or changed indexes, or a table of the older layout), every row's keys are set again
   * from its document, in one transaction. Otherwise nothing is read.
   */
  private fillKeys(collection: string): void {
    const fields = keyPaths(this.scalarFields(collection));
    if (JSON.stringify(fields) === JSON.stringify(this.keyFields(collection))) return;
    const table = quote(collection);
    this.transaction(() => {
      const update = this.db.prepare(`UPDATE ${table} SET keys = ? WHERE rowid = ?`);
      const page = this.db.prepare(`SELECT rowid AS r, doc FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${FILL_KEYS_PAGE}`);
      // a page at a time (the connection cannot write while a statement still reads)
      for (let rows = page.all(0) as { r: number; doc: string }[]; rows.length > 0; rows = page.all(rows[rows.length - 1].r) as typeof rows) {
        for (const row of rows) update.run(keysOf(JSON.parse(row.doc) as Doc, fields), row.r);
      }
      this.db
        .prepare(`INSERT INTO ${quote(KEY_FIELDS_TABLE)} (collection, fields) VALUES (?, ?) ON CONFLICT (collection) DO UPDATE SET fields = excluded.fields`)
        .run(collection, JSON.stringify(fields));
    });
    this.keyed.set(collection, keyedEntry(fields));
  }

  private createIndex(spec: IndexSpec): void {
    const definition = indexDefinition(spec);
    if (definition) this.db.exec(definition.sql);
  }
}

/** The SQL index for a declared one (an expression per field), or null when there is none to create. */
function keyedEntry(fields: readonly string[]): KeyedFields {
  return { fields, set: new Set(fields) };
}

function indexDefinition(spec: IndexSpec): IndexDefinition | null {
  const fields = Object.entries(spec.keys);
  if (fields.length === 1 && fields[0][0] === '_id') return null;
  let columns: string;
  try {
    columns = fields.map(([path, dir]) => `${fieldExpression(path, 'keys')} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ');
  } catch {
    return null; // a path SQL cannot name is left to the JavaScript check
  }
  const name = quote(`ix_${spec.collection}_${fields.map(([path, dir]) => `${path}_${dir === -1 ? 'desc' : 'asc'}`).join('_')}`);
  return { collection: spec.collection, name, sql: `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${quote(spec.collection)} (${columns})` };
}

class SqliteCollection<T extends Doc> implements ReadCollection<T> {
  private readonly table: string;
  private readonly upsertSql: string;
  /** A replacement whose indexed fields did not change: `doc` alone is SET, so SQLite leaves every index alone. */
  private readonly sameKeysSql: string;
  private readonly byIdSql: string;

  constructor(
    private readonly name: string,
    private readonly store: SqliteReadStore,
  ) {
    this.table = quote(name);
    this.upsertSql = `INSERT INTO ${this.table} (_id, doc, keys) VALUES (?, ?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc, keys = excluded.keys`;
    this.sameKeysSql = `UPDATE ${this.table} SET doc = ? WHERE _id = ? AND keys IS ?`;
    this.byIdSql = `SELECT doc FROM ${this.table} WHERE _id = ?`;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    return this.findNow(filter, options);
  }

  async findOne(filter: Filter): Promise<T | null> {
    return this.findNow(filter, { limit: 1 })[0] ?? null;
  }

  async count(filter: Filter = {}): Promise<number> {
    const branches = this.orBranches(filter);
    if (branches) {
      // disjoint parts, each counted from its branch's index: branch i, minus what an earlier branch matched
      return disjoint(branches).reduce(
        (n, part) => n + (this.store.statement(`SELECT COUNT(*) AS n FROM ${this.table} WHERE ${part.sql}`).get(...part.params) as { n: number }).n,
        0,
      );
    }
    const condition = this.condition(filter);
    if (condition.exact) {
      const row = this.store.statement(`SELECT COUNT(*) AS n FROM ${this.table} WHERE ${condition.sql}`).get(...condition.params) as { n: number };
      return row.n;
    }
    return matchDocuments(this.select(condition), filter).length;
  }

  async aggregate<R>(pipeline: readonly PipelineStage[]): Promise<R[]> {
    const [first, ...rest] = pipeline;
    const leadingMatch = first && typeof first.$match === 'object' && first.$match !== null;
    const docs = leadingMatch ? this.findNow(first.$match as Filter, {}) : this.select(this.condition({}));
    return mingo.aggregate(docs, withMongoCount(leadingMatch ? rest : pipeline)) as R[];
  }

  async upsert(doc: T): Promise<void> {
    this.put(doc);
  }

  async insertOne(doc: T): Promise<void> {
    this.write(`INSERT INTO ${this.table} (_id, doc, keys) VALUES (?, ?, ?)`, doc);
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}) {
    return this.updateOneNow(filter, update, options);
  }

  async deleteOne(filter: Filter): Promise<number> {
    return this.deleteNow(filter, 1);
  }

  async deleteMany(filter: Filter = {}): Promise<number> {
    return this.deleteNow(filter);
  }

  async bulkWrite(operations: readonly BulkOperation[]): Promise<void> {
    this.store.transaction(() => this.applyBulk(operations));
  }

  matches(filter: Filter): boolean {
    // (no copy of a match to hand out: a filter on one id is checked on the document as read)
    if (typeof filter._id === 'string') return matchDocuments(this.byId(filter._id), filter).length > 0;
    return this.findNow(filter, { limit: 1 }).length > 0;
  }

  applyBulk(operations: readonly BulkOperation[]): void {
    for (const op of operations) {
      if ('replaceOne' in op) {
        const { filter, replacement, upsert } = op.replaceOne;
        if (upsert && isIdOnly(filter)) {
          // The projector's write: replace by _id, no lookup needed (nor a copy when the document has that id).
          this.put(replacement._id === filter._id ? (replacement as T) : { ...(replacement as T), _id: filter._id as string });
          continue;
        }
        const [match] = this.findNow(filter, { limit: 1 });
        if (match) this.put({ ...(replacement as T), _id: match._id });
        else if (upsert) this.put(replacement as T);
      } else if ('updateOne' in op) {
        this.updateOneNow(op.updateOne.filter, op.updateOne.update, { upsert: op.updateOne.upsert });
      } else if ('deleteOne' in op) {
        this.deleteNow(op.deleteOne.filter, 1);
      } else {
        this.deleteNow(op.deleteMany.filter);
      }
    }
  }

  /** SQLite's plan for `find(filter, options)`: one line per step (tests check that list queries use indexes). */
  queryPlan(filter: Filter, options: FindOptions = {}): string[] {
    const query = this.orderedOrQuery(filter, options) ?? this.orderedQuery(filter, options);
    if (!query) return ['SCAN (filter or sort checked in JavaScript)'];
    const rows = this.store.statement(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
    return rows.map((row) => row.detail);
  }

  private findNow(filter: Filter, options: FindOptions): T[] {
    if (isIdOnly(filter) && !options.skip) {
      // the commonest read (a document by id: every token check, every projected event): one primary-key lookup
      const docs = this.byId(filter._id as string);
      return options.projection ? shapeResults(docs, { projection: options.projection }) : docs;
    }
    if (typeof filter._id === 'string') {
      // one document at most (the projector's lease guard, at every batch): read by its key, the rest checked here
      return shapeResults(matchDocuments(this.byId(filter._id), filter), options);
    }
    const query = this.orderedOrQuery(filter, options) ?? this.orderedQuery(filter, options);
    if (query) {
      // row ids first (from the indexes alone when they cover filter and sort), then only the page's documents
      const rows = this.store.statement(query.sql).all(...query.params) as { r: number }[];
      const byRowid = this.store.statement(`SELECT doc FROM ${this.table} WHERE rowid = ?`);
      const docs = rows.map((row) => JSON.parse((byRowid.get(row.r) as { doc: string }).doc) as T);
      return options.projection ? shapeResults(docs, { projection: options.projection }) : docs;
    }
    const condition = this.condition(filter);
    const candidates = this.select(condition);
    return shapeResults(condition.exact ? candidates : matchDocuments(candidates, filter), options);
  }

  private byId(id: string): T[] {
    const row = this.store.statement(this.byIdSql).get(id) as { doc: string } | undefined;
    return row ? [JSON.parse(row.doc) as T] : [];
  }

  private updateOneNow(filter: Filter, update: Update, options: { upsert?: boolean }) {
    const [match] = this.findNow(filter, { limit: 1 });
    if (match) {
      this.put(applyUpdate(match, update, false));
      return { matched: 1, upserted: false };
    }
    if (!options.upsert) return { matched: 0, upserted: false };
    const created = applyUpdate(upsertSeed(filter) as T, update, true);
    if (typeof created._id !== 'string') throw new Error('An upsert needs an _id in its filter or update');
    this.put(created);
    return { matched: 0, upserted: true };
  }

  private deleteNow(filter: Filter, limit?: number): number {
    if (Object.keys(filter).length === 0 && limit === undefined) {
      return this.store.statement(`DELETE FROM ${this.table}`).run().changes;
    }
    const matches = this.findNow(filter, limit ? { limit } : {});
    const remove = this.store.statement(`DELETE FROM ${this.table} WHERE _id = ?`);
    return matches.reduce((n, doc) => n + remove.run(doc._id).changes, 0);
  }

  private put(doc: T): void {
    const json = JSON.stringify(doc);
    const keys = keysOf(doc, this.store.keyFields(this.name));
    if (this.store.statement(this.sameKeysSql).run(json, doc._id, keys).changes === 0) this.write(this.upsertSql, doc, json, keys);
  }

  private write(sql: string, doc: T, json = JSON.stringify(doc), keys = keysOf(doc, this.store.keyFields(this.name))): void {
    try {
      this.store.statement(sql).run(doc._id, json, keys);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new Error(`Duplicate key in ${this.name}: ${(error as Error).message}`);
      }
      throw error;
    }
  }

  /**
   * A filter with an `$or` whose every branch SQL answers exactly, under a sort SQL can order: each branch takes
   * its first `skip + limit` row ids in sort order from its own index (without the rows an earlier branch
   * matched, so the parts are disjoint), the outer sort keeps the page's row ids and only those documents are
   * then read and parsed.
   */
  private orderedOrQuery(filter: Filter, options: FindOptions): { sql: string; params: unknown[] } | null {
    const branches = this.orBranches(filter);
    const keys = branches && (options.sort ? sortKeys(options.sort, this.store.scalarFields(this.name)) : []);
    if (!branches || !keys) return null;
    const columns = ['rowid AS r', ...keys.map((key, i) => `${key.expression} AS k${i}`)].join(', ');
    const inner = [...keys.map((key) => `${key.expression} ${key.direction}`), 'rowid ASC'].join(', ');
    const outer = [...keys.map((key, i) => `k${i} ${key.direction}`), 'r ASC'].join(', ');
    const perBranch = options.limit ? (options.skip ?? 0) + options.limit : -1;
    // disjoint branches (each without what an earlier one matched): UNION ALL, no merge of duplicates to sort for
    const parts = disjoint(branches);
    const union = parts
      .map((b) => `SELECT * FROM (SELECT ${columns} FROM ${this.table} WHERE ${b.sql} ORDER BY ${inner} LIMIT ?)`)
      .join(' UNION ALL ');
    return {
      sql: `SELECT r FROM (${union}) ORDER BY ${outer} LIMIT ? OFFSET ?`,
      params: [...parts.flatMap((b) => [...b.params, perBranch]), options.limit || -1, options.skip ?? 0],
    };
  }

  private orderedQuery(filter: Filter, options: FindOptions): { sql: string; params: unknown[] } | null {
    const condition = this.condition(filter);
    const order = options.sort ? sortToSql(options.sort, this.store.scalarFields(this.name)) : 'rowid ASC';
    if (!condition.exact || order === null) return null;
    return {
      sql: `SELECT rowid AS r FROM ${this.table} WHERE ${condition.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      params: [...condition.params, options.limit || -1, options.skip ?? 0],
    };
  }

  /** The branches of a top-level `$or` as exact SQL conditions, or null when there is none or one is not exact. */
  private orBranches(filter: Filter): SqlCondition[] | null {
    const branches = splitOr(filter)?.map((branch) => this.condition(branch));
    return branches && branches.every((b) => b.exact) ? branches : null;
  }

  private condition(filter: Filter): SqlCondition {
    return filterToSql(filter, this.store.scalarFields(this.name), this.store.keyedFields(this.name));
  }

  private select(condition: SqlCondition, order = 'rowid ASC', limit = -1, offset = 0): T[] {
    const rows = this.store
      .statement(`SELECT doc FROM ${this.table} WHERE ${condition.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...condition.params, limit, offset) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as T);
  }
}

/** The branches of an `$or` made disjoint: each keeps only what no earlier branch matched (NULL counts as no match). */
function disjoint(branches: readonly SqlCondition[]): SqlCondition[] {
  return branches.map((branch, i) => {
    const earlier = branches.slice(0, i);
    return {
      sql: [branch.sql, ...earlier.map((b) => `NOT ((${b.sql}) IS TRUE)`)].join(' AND '),
      params: [...branch.params, ...earlier.flatMap((b) => b.params)],
      exact: true,
    };
  });
}

function isIdOnly(filter: Filter): boolean {
  return typeof filter._id === 'string' && Object.keys(filter).length === 1;
}
