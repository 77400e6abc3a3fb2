import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BulkWriter, IndexSpec, WriteGuardError } from '@candor/application';
import { SqliteReadStore } from './sqlite-read-store.adapter';

type Doc = { _id: string; code?: string; n?: number; owner?: string };

const guard = { collection: '_leases', filter: { _id: 'projector', owner: 'me' } };

/** The indexes of the store's file, as another connection sees them. */
function indexNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

const upsert = (id: string, doc: Record<string, unknown>) => ({ replaceOne: { filter: { _id: id }, replacement: { _id: id, ...doc }, upsert: true } });

describe('SqliteBulkWriter (a rebuild\'s batches, committed by a worker thread)', () => {
  let dir: string;
  let store: SqliteReadStore;
  let writer: BulkWriter;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-bulk-writer-'));
    store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    await store.ensureIndexes([{ collection: 'docs', keys: { code: 1 }, unique: true }]);
    writer = store.bulkWriter();
  });
  afterEach(async () => {
    await writer.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a batch of replaced and deleted documents, when written, then the store reads them once the write resolves', async () => {
    await store.collection<Doc>('docs').upsert({ _id: 'old', code: 'x' });
    await writer.write({
      writes: [
        { collection: 'docs', operations: [{ replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', code: 'a1', n: 1 }, upsert: true } }, { deleteOne: { filter: { _id: 'old' } } }] },
        { collection: 'fresh_collection', operations: [{ replaceOne: { filter: { _id: 'b' }, replacement: { code: 'b' }, upsert: true } }] },
      ],
    });
    expect(await store.collection('docs').find({})).toEqual([{ _id: 'a', code: 'a1', n: 1 }]);
    expect(await store.collection('fresh_collection').find({})).toEqual([{ _id: 'b', code: 'b' }]);
  });

  it('given a guard no document matches (a lease taken over), when a batch is written, then nothing of it is and it fails with WriteGuardError', async () => {
    await store.collection<Doc>('_leases').upsert({ _id: 'projector', owner: 'someone else' });
    const write = writer.write({ writes: [{ collection: 'docs', operations: [{ replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', code: 'a' }, upsert: true } }] }], guard });
    await expect(write).rejects.toBeInstanceOf(WriteGuardError);
    expect(await store.collection('docs').count()).toBe(0);

    await store.collection<Doc>('_leases').upsert({ _id: 'projector', owner: 'me' });
    const next = store.bulkWriter();
    await next.write({ writes: [{ collection: 'docs', operations: [{ replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', code: 'a' }, upsert: true } }] }], guard });
    await next.close();
    expect(await store.collection('docs').count()).toBe(1);
  });

  it('given a batch that breaks a unique index, when written, then it fails with the reason and the batch is rolled back', async () => {
    const write = writer.write({
      writes: [
        {
          collection: 'docs',
          operations: [
            { replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', code: 'same' }, upsert: true } },
            { replaceOne: { filter: { _id: 'b' }, replacement: { _id: 'b', code: 'same' }, upsert: true } },
          ],
        },
      ],
    });
    await expect(write).rejects.toThrow(/UNIQUE/);
    expect(await store.collection('docs').count()).toBe(0);
  });

  it('given a batch larger than one message, when a late part fails, then none of its parts is written; a good one is written whole', async () => {
    const docs = (n: number, clash: boolean) =>
      Array.from({ length: n }, (_, i) => ({
        replaceOne: { filter: { _id: `d${i}` }, replacement: { _id: `d${i}`, code: clash && i === n - 1 ? 'c0' : `c${i}` }, upsert: true },
      }));
    await expect(writer.write({ writes: [{ collection: 'docs', operations: docs(450, true) }] })).rejects.toThrow(/UNIQUE/);
    expect(await store.collection('docs').count()).toBe(0);
    const next = store.bulkWriter();
    await next.write({ writes: [{ collection: 'docs', operations: docs(450, false) }] });
    await next.close();
    expect(await store.collection('docs').count()).toBe(450);
  });

  describe('two batches in flight', () => {
    const batch = (id: string, code: string, checkpoint: string) => ({
      writes: [
        { collection: 'docs', operations: [upsert(id, { code })] },
        { collection: '_checkpoints', operations: [upsert('p', { position: checkpoint })] },
      ],
    });

    it('given a batch sent while another commits, when both are good, then both are written in order', async () => {
      const first = writer.write(batch('a', 'a', '1'));
      const second = writer.write(batch('b', 'b', '2'));
      await expect(writer.write(batch('c', 'c', '3'))).rejects.toThrow(/At most 2 batches in flight/);
      await Promise.all([first, second]);
      expect(await store.collection('docs').find({}, { sort: { _id: 1 } })).toEqual([{ _id: 'a', code: 'a' }, { _id: 'b', code: 'b' }]);
      expect(await store.collection('_checkpoints').findOne({ _id: 'p' })).toEqual({ _id: 'p', position: '2' });
    });

    it('given a failing batch followed by one already sent, when they commit, then neither is written, nor any later one, and the checkpoint stays before them', async () => {
      await writer.write(batch('a', 'a', '1'));
      const failing = writer.write(batch('b', 'a', '2')); // breaks the unique index on code
      const after = writer.write(batch('c', 'c', '3'));
      await expect(failing).rejects.toThrow(/UNIQUE/);
      await expect(after).rejects.toThrow(/UNIQUE/);
      await expect(writer.write(batch('d', 'd', '4'))).rejects.toThrow(/UNIQUE/);
      expect(await store.collection('docs').find({})).toEqual([{ _id: 'a', code: 'a' }]);
      expect(await store.collection('_checkpoints').findOne({ _id: 'p' })).toEqual({ _id: 'p', position: '1' });
    });

    it('given a batch the store writes itself after a failing one the worker has, when both are in flight, then it fails too and writes nothing', async () => {
      const failing = writer.write({ writes: [{ collection: 'docs', operations: [upsert('a', { code: 'x' }), upsert('b', { code: 'x' })] }] });
      const byStore = writer.write({ writes: [{ collection: 'docs', operations: [{ updateOne: { filter: { code: 'x' }, update: { $set: { n: 1 } } } }] }] });
      await expect(failing).rejects.toThrow(/UNIQUE/);
      await expect(byStore).rejects.toThrow(/UNIQUE/);
      expect(await store.collection('docs').count()).toBe(0);
    });
  });

  it('given a writer thread that is gone, when a batch is written, then the write fails at once instead of waiting', async () => {
    await (writer as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const write = writer.write({ writes: [{ collection: 'docs', operations: [{ replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a' }, upsert: true } }] }] });
    await expect(write).rejects.toThrow(/writer thread exited/);
  });

  it('given an operation other than replacing or deleting by id, when written, then the store writes that batch itself', async () => {
    await store.collection<Doc>('docs').upsert({ _id: 'a', code: 'a', n: 1 });
    await writer.write({ writes: [{ collection: 'docs', operations: [{ updateOne: { filter: { code: 'a' }, update: { $inc: { n: 1 } } } }] }] });
    expect(await store.collection('docs').findOne({ _id: 'a' })).toEqual({ _id: 'a', code: 'a', n: 2 });
  });

  describe('the indexes of collections a replay fills from empty', () => {
    const declared: IndexSpec[] = [
      { collection: 'items', keys: { owner: 1, n: -1 } },
      { collection: 'items', keys: { code: 1 }, unique: true },
    ];
    const all = ['ix_docs_code_asc', 'ix_items_code_asc', 'ix_items_owner_asc_n_desc'];

    it('given an empty collection, when the writer commits batches, then its non-unique indexes are dropped meanwhile, unique ones kept, and all are back once it closes', async () => {
      await store.ensureIndexes(declared);
      const replay = store.bulkWriter({ emptyCollections: ['items'] });
      expect(indexNames(store.file)).toEqual(all);
      await replay.write({ writes: [{ collection: 'items', operations: [upsert('a', { owner: 'o', n: 1, code: 'a' })] }] });
      expect(indexNames(store.file)).toEqual(['ix_docs_code_asc', 'ix_items_code_asc']);
      await replay.write({ writes: [{ collection: 'items', operations: [upsert('b', { owner: 'o', n: 2, code: 'b' })] }] });
      // the unique index still refuses a duplicate, as it does live
      await expect(replay.write({ writes: [{ collection: 'items', operations: [upsert('c', { code: 'a' })] }] })).rejects.toThrow(/UNIQUE/);
      await replay.close();
      expect(indexNames(store.file)).toEqual(all);
      const items = store.collection('items') as unknown as { queryPlan(f: object, o: object): string[] };
      expect(items.queryPlan({ owner: 'o' }, { sort: { n: -1 } }).join('\n')).toMatch(/USING (COVERING )?INDEX ix_items_owner_asc_n_desc/);
      expect(await store.collection('items').find({ owner: 'o' }, { sort: { n: -1 } })).toEqual([
        { _id: 'b', owner: 'o', n: 2, code: 'b' },
        { _id: 'a', owner: 'o', n: 1, code: 'a' },
      ]);
    });

    it('given a writer thread gone after it dropped them, when the writer closes, then the store creates the indexes again', async () => {
      await store.ensureIndexes(declared);
      const replay = store.bulkWriter({ emptyCollections: ['items'] });
      await replay.write({ writes: [{ collection: 'items', operations: [upsert('a', { owner: 'o', n: 1, code: 'a' })] }] });
      expect(indexNames(store.file)).not.toContain('ix_items_owner_asc_n_desc');
      await (replay as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await replay.close();
      expect(indexNames(store.file)).toEqual(all);
    });

    it('given a collection not named empty, when the writer commits batches, then its indexes stay', async () => {
      await store.ensureIndexes(declared);
      const replay = store.bulkWriter();
      await replay.write({ writes: [{ collection: 'items', operations: [upsert('a', { owner: 'o', n: 1, code: 'a' })] }] });
      expect(indexNames(store.file)).toEqual(all);
      await replay.close();
    });
  });
});
