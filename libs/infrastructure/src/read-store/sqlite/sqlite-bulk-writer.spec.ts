import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BulkWriter, WriteGuardError } from '@candor/application';
import { SqliteReadStore } from './sqlite-read-store.adapter';

type Doc = { _id: string; code?: string; n?: number; owner?: string };

const guard = { collection: '_leases', filter: { _id: 'projector', owner: 'me' } };

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
    await writer.write({ writes: [{ collection: 'docs', operations: [{ replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', code: 'a' }, upsert: true } }] }], guard });
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
    await writer.write({ writes: [{ collection: 'docs', operations: docs(450, false) }] });
    expect(await store.collection('docs').count()).toBe(450);
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
});
