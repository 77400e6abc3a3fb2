import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FindOptions, IndexSpec } from '@candor/application';
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
  ];

  it.each(cases)('%s: same documents, same order as the in-memory store', async (_label, filter, options) => {
    const expected = await memory.collection('items').find(filter, options);
    expect(await store.collection('items').find(filter, options)).toEqual(expected);
    expect(await store.collection('items').count(filter)).toBe(await memory.collection('items').count(filter));
  });
});
