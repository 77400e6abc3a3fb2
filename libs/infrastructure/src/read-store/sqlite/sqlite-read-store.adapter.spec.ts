import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FindOptions, IndexSpec, interviewsProjection, WriteGuardError } from '@candor/application';
import { readStoreContract } from '../../testing/read-store.contract';
import { MemoryReadStore } from '../memory/memory-read-store.adapter';
import { SqliteReadStore } from './sqlite-read-store.adapter';

const dirs = new Map<SqliteReadStore, string>();

readStoreContract(
  'SQLite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-read-store-'));
    const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    dirs.set(store, dir);
    return store;
  },
  async (store) => {
    await store.close();
    rmSync(dirs.get(store as SqliteReadStore)!, { recursive: true, force: true });
  },
);

describe('SqliteReadStore: queries on indexed fields run in SQL with MongoDB semantics', () => {
  let dir: string;
  let store: SqliteReadStore;
  const memory = new MemoryReadStore();
  const indexes: IndexSpec[] = [
    { collection: 'items', keys: { status: 1, createdAt: -1 } },
    { collection: 'items', keys: { score: -1 } },
    { collection: 'items', keys: { flag: 1 } },
  ];
  const docs = Array.from({ length: 60 }, (_, i) => ({
    _id: `d${String(i).padStart(2, '0')}`,
    ...(i % 7 === 0 ? {} : { status: ['open', 'closed', 'draft'][i % 3] }),
    createdAt: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    // numbers, numeric strings, nulls and missing values in one field: type bracketing must hold
    ...(i % 11 === 0 ? {} : { score: i % 5 === 0 ? String(i) : i % 9 === 0 ? null : i }),
    ...(i % 4 === 0 ? { flag: true } : i % 4 === 1 ? { flag: 1 } : {}),
  }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-read-store-'));
    store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    for (const s of [store, memory]) {
      await s.ensureIndexes(indexes);
      for (const d of docs) await s.collection('items').upsert(d);
    }
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, Record<string, unknown>, FindOptions][] = [
    ['equality and sort on a compound index', { status: 'open' }, { sort: { createdAt: -1 }, skip: 2, limit: 5 }],
    ['$in with a range', { status: { $in: ['open', 'draft'] }, createdAt: { $gte: '2024-01-10T00:00:00.000Z' } }, { sort: { createdAt: -1 } }],
    ['numeric range never matches strings', { score: { $gte: 10, $lt: 40 } }, { sort: { score: -1 } }],
    ['string range never matches numbers', { score: { $gte: '1' } }, { sort: { _id: 1 } }],
    ['null matches null and missing', { score: null }, { sort: { _id: 1 } }],
    ['missing status', { status: null }, { sort: { createdAt: 1 } }],
    ['true is not 1', { flag: true }, { sort: { _id: 1 } }],
    ['1 is not true', { flag: 1 }, { sort: { _id: 1 } }],
    ['$or over indexed fields', { $or: [{ status: 'closed' }, { score: { $gt: 50 } }] }, { sort: { score: -1 }, limit: 10 }],
    ['sort with nulls and mixed types', {}, { sort: { score: 1 }, limit: 30 }],
    ['string upper bound never matches numbers', { score: { $lt: '9' } }, { sort: { _id: 1 } }],
    ['$or of overlapping branches, sorted, paged', { $or: [{ status: 'open' }, { createdAt: { $lte: '2024-01-09T00:00:00.000Z' } }] }, { sort: { createdAt: -1 }, skip: 3, limit: 7 }],
    ['$or inside $and with another clause', { $and: [{ $or: [{ status: 'open' }, { status: 'closed' }] }, { score: { $gte: 10 } }] }, { sort: { score: -1, createdAt: 1 }, skip: 1, limit: 4 }],
    ['$or beside a field, no sort, no limit', { flag: true, $or: [{ status: 'draft' }, { status: null }] }, {}],
    ['$or with a branch checked in JavaScript', { $or: [{ status: 'open' }, { tags: 'x' }] }, { sort: { _id: 1 } }],
    ['a document by id, projected', { _id: 'd05' }, { projection: { status: 1 } }],
    ['a document by id, limit 1', { _id: 'd05' }, { limit: 1 }],
    ['an id that is not there', { _id: 'd99' }, {}],
    ['a document by id, skipped past', { _id: 'd05' }, { skip: 1 }],
    ['an id and a condition it meets', { _id: 'd05', status: 'draft', tags: { $exists: false } }, {}],
    ['an id and a condition it does not meet', { _id: 'd05', status: 'open' }, {}],
    ['an id and an $or, projected', { _id: 'd08', $or: [{ flag: true }, { score: { $gt: 100 } }] }, { projection: { flag: 1 } }],
    ['an id that is not there, with a condition', { _id: 'd99', status: null }, {}],
  ];

  it.each(cases)('%s: same documents, same order as the in-memory store', async (_label, filter, options) => {
    const expected = await memory.collection('items').find(filter, options);
    expect(await store.collection('items').find(filter, options)).toEqual(expected);
    expect(await store.collection('items').count(filter)).toBe(await memory.collection('items').count(filter));
  });
});

describe('SqliteReadStore: the interview lists are answered from indexes', () => {
  let dir: string;
  let store: SqliteReadStore;
  const indexes: IndexSpec[] = interviewsProjection.indexes!.map((index) => ({ ...index, collection: 'interviews' }));
  const sort = { createdAt: -1 as const, createdPosition: -1 as const };
  const mine = { $or: [{ ownerId: 'u1' }, { candidateEmailKey: 'me@example.com' }] };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-read-store-'));
    store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    await store.ensureIndexes(indexes);
    for (let i = 0; i < 40; i += 1) {
      await store.collection<Record<string, unknown> & { _id: string }>('interviews').upsert({
        _id: `i${i}`,
        ownerId: `u${i % 3}`,
        candidateEmailKey: i % 5 === 0 ? 'me@example.com' : `c${i}@example.com`,
        status: i % 2 ? 'completed' : 'in_progress',
        createdAt: `2024-02-${String((i % 27) + 1).padStart(2, '0')}T00:00:00.000Z`,
        createdPosition: String(i).padStart(8, '0'),
      });
    }
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['owner or candidate', mine],
    ['owner or candidate, by status', { $and: [mine, { status: 'completed' }] }],
    ['owner only, by status', { $and: [{ ownerId: 'u1' }, { status: 'completed' }] }],
  ])('%s: no table scan and no sort of all matches', async (_label, filter) => {
    const collection = store.collection('interviews') as unknown as { queryPlan(f: object, o: object): string[] };
    const plan = collection.queryPlan(filter, { sort, skip: 20, limit: 20 }).join('\n');
    const lines = plan.split('\n');
    const searches = lines.filter((line) => /^(SEARCH|SCAN) "?interviews"?/.test(line));
    expect(searches.length).toBeGreaterThan(0);
    // every read of the table goes through an index (a later branch of the $or, the candidate's few interviews,
    // also reads their documents to leave out those the owner's branch already returns)
    for (const line of searches) expect(line).toMatch(/USING (COVERING )?INDEX/);
    // the owner's branch (the large one) is answered from its index alone, in index order: no document parsed,
    // no sort of all the owner's interviews
    const owner = lines.findIndex((line) => /USING COVERING INDEX ix_interviews_ownerId_/.test(line));
    expect(owner).toBeGreaterThanOrEqual(0);
    expect(lines[owner + 1] ?? '').not.toMatch(/TEMP B-TREE/);
  });

  it('pages of "owner or candidate" match the same query over all documents, sorted in JavaScript', async () => {
    const all = await store.collection<{ _id: string; createdAt: string; createdPosition: string }>('interviews').find({}, {});
    const expected = all
      .filter((d) => (d as Record<string, unknown>).ownerId === 'u1' || (d as Record<string, unknown>).candidateEmailKey === 'me@example.com')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.createdPosition.localeCompare(a.createdPosition))
      .map((d) => d._id);
    const pages: string[] = [];
    for (let skip = 0; skip < expected.length; skip += 4) {
      pages.push(...(await store.collection('interviews').find(mine, { sort, skip, limit: 4 })).map((d) => d._id));
    }
    expect(pages).toEqual(expected);
    expect(await store.collection('interviews').count(mine)).toBe(expected.length);
  });
});

describe('SqliteReadStore: a guarded batch', () => {
  let dir: string;
  let store: SqliteReadStore;
  const guard = { collection: '_leases', filter: { _id: 'projector', owner: 'me' } };
  const batch = (id: string) => ({ writes: [{ collection: 'docs', operations: [{ replaceOne: { filter: { _id: id }, replacement: { _id: id }, upsert: true } }] }], guard });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-read-store-'));
    store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is written while its guard matches, and refused with nothing written when another owner holds the lease or there is none', async () => {
    const leases = store.collection<{ _id: string; owner: string }>('_leases');
    await leases.upsert({ _id: 'projector', owner: 'me' });
    await expect(store.writeBatch(batch('a'))).resolves.toEqual({ atomic: true });

    await leases.upsert({ _id: 'projector', owner: 'someone else' });
    await expect(store.writeBatch(batch('b'))).rejects.toBeInstanceOf(WriteGuardError);
    await leases.deleteMany({});
    await expect(store.writeBatch(batch('c'))).rejects.toBeInstanceOf(WriteGuardError);

    expect((await store.collection('docs').find({})).map((d) => d._id)).toEqual(['a']);
  });
});

describe('SqliteReadStore: indexed fields in the narrow `keys` column', () => {
  let dir: string;
  let file: string;
  const indexes: IndexSpec[] = [{ collection: 'items', keys: { status: 1, 'meta.rank': -1 } }];
  type Item = { _id: string; status?: string; meta?: { rank: number }; body: string };
  const items: Item[] = Array.from({ length: 30 }, (_, i) => ({
    _id: `d${String(i).padStart(2, '0')}`,
    ...(i % 5 === 0 ? {} : { status: i % 2 ? 'open' : 'closed' }),
    meta: { rank: i % 7 },
    body: 'x'.repeat(100),
  }));
  const query = { filter: { status: 'open' }, options: { sort: { 'meta.rank': -1 as const }, limit: 5 } };
  const expected = items
    .filter((item) => item.status === 'open')
    .sort((a, b) => b.meta!.rank - a.meta!.rank || a._id.localeCompare(b._id))
    .slice(0, 5)
    .map((item) => item._id);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-read-store-'));
    file = join(dir, 'read-models.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const rows = (path: string, sql: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };

  it('holds only the indexed fields, nested as in the document, and the indexes are built over it', async () => {
    const store = new SqliteReadStore(file);
    await store.ensureIndexes(indexes);
    await store.collection<Item>('items').upsert(items[1]);
    await store.close();
    expect(rows(file, `SELECT keys, doc FROM items`)).toEqual([{ keys: '{"status":"open","meta":{"rank":1}}', doc: JSON.stringify(items[1]) }]);
    const [index] = rows(file, `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' AND sql IS NOT NULL`);
    expect(index.sql).toContain(`json_extract(keys, '$.status') ASC, json_extract(keys, '$.meta.rank') DESC`);
  });

  it('follows a replacement that changes an indexed field (and one that does not)', async () => {
    const store = new SqliteReadStore(file);
    await store.ensureIndexes(indexes);
    const collection = store.collection<Item>('items');
    await collection.upsert({ _id: 'a', status: 'open', meta: { rank: 1 }, body: 'one' });
    await collection.upsert({ _id: 'a', status: 'open', meta: { rank: 1 }, body: 'two' });
    expect(await collection.find({ status: 'open' })).toEqual([{ _id: 'a', status: 'open', meta: { rank: 1 }, body: 'two' }]);
    await collection.upsert({ _id: 'a', status: 'closed', meta: { rank: 1 }, body: 'three' });
    expect(await collection.find({ status: 'open' })).toEqual([]);
    expect(await collection.find({ status: 'closed' })).toEqual([{ _id: 'a', status: 'closed', meta: { rank: 1 }, body: 'three' }]);
    await store.close();
  });

  it('a file of the older layout (no keys column, indexes over doc) gets the column filled and its indexes rebuilt at ensureIndexes', async () => {
    const old = new Database(file);
    old.exec(`CREATE TABLE items (_id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    old.exec(`CREATE INDEX ix_items_status_1_meta_rank_desc ON items (json_extract(doc, '$.status') ASC, json_extract(doc, '$.meta.rank') DESC)`);
    const insert = old.prepare(`INSERT INTO items (_id, doc) VALUES (?, ?)`);
    for (const item of items) insert.run(item._id, JSON.stringify(item));
    old.close();

    const store = new SqliteReadStore(file);
    await store.ensureIndexes(indexes);
    const collection = store.collection<Item>('items') as unknown as { find(f: object, o: object): Promise<Item[]>; queryPlan(f: object, o: object): string[] };
    expect((await collection.find(query.filter, query.options)).map((item) => item._id)).toEqual(expected);
    expect(collection.queryPlan(query.filter, query.options).join('\n')).toMatch(/USING (COVERING )?INDEX ix_items_status_asc_meta\.rank_desc/);
    await store.close();

    expect(rows(file, `SELECT COUNT(*) AS n FROM items WHERE keys IS NULL`)).toEqual([{ n: 0 }]);
    expect(rows(file, `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' AND sql LIKE '%doc%'`)).toEqual([]);
  });

  it('a collection whose indexed fields changed has its keys filled again from the documents', async () => {
    const first = new SqliteReadStore(file);
    await first.ensureIndexes([{ collection: 'items', keys: { status: 1 } }]);
    for (const item of items) await first.collection<Item>('items').upsert(item);
    await first.close();

    const second = new SqliteReadStore(file);
    await second.ensureIndexes(indexes);
    const found = await second.collection<Item>('items').find(query.filter, query.options);
    expect(found.map((item) => item._id)).toEqual(expected);
    await second.close();
    expect(rows(file, `SELECT keys FROM items WHERE _id = 'd03'`)).toEqual([{ keys: '{"status":"open","meta":{"rank":3}}' }]);
  });
});

describe('SqliteReadStore: WAL checkpoints run on a background thread, not in a write', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-read-store-checkpoint-'));
    file = join(dir, 'read-models.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const until = async (condition: () => boolean, ms = 5000) => {
    for (const start = Date.now(); !condition(); ) {
      if (Date.now() - start > ms) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('folds committed batches into the database file soon after they commit, while the store stays open', async () => {
    const store = new SqliteReadStore(file, { checkpointEveryMs: 20 });
    const sizeAtOpen = statSync(file).size;
    await store.collection<{ _id: string; body: string }>('items').upsert({ _id: 'a', body: 'x'.repeat(200_000) });
    await until(() => statSync(file).size > 200_000);
    expect(sizeAtOpen).toBeLessThan(200_000);
    expect(await store.collection<{ _id: string; body: string }>('items').findOne({ _id: 'a' })).toEqual({ _id: 'a', body: 'x'.repeat(200_000) });
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('close finishes in a process with nothing else to wait for (the thread is waited for, not left unreferenced)', () => {
    const script = `
      const { SqliteReadStore } = require('./libs/infrastructure/src/read-store/sqlite/sqlite-read-store.adapter');
      new SqliteReadStore(process.argv[1]).close().then(() => console.log('closed'));`;
    const out = execFileSync(process.execPath, ['-r', './test/support/ts-register.js', '-e', script, file], { cwd: join(__dirname, '../../../../..'), encoding: 'utf8' });
    expect(out.trim()).toBe('closed');
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
