import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { LocalDiskStorage } from './local-disk-storage.adapter';

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'candor-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('streams content in and out, with its size, hash and type', async () => {
    const body = 'hello '.repeat(10_000);
    const chunks = (async function* () {
      for (let i = 0; i < body.length; i += 4096) yield Buffer.from(body.slice(i, i + 4096));
    })();
    const stored = await storage.put('cvs/c1/cv.txt', chunks, { contentType: 'text/plain', maxBytes: 1_000_000 });
    expect(stored).toMatchObject({ key: 'cvs/c1/cv.txt', size: body.length, contentType: 'text/plain' });
    expect(stored.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    const got = await storage.get('cvs/c1/cv.txt');
    expect(got?.object).toEqual(stored);
    expect(await text(got!.stream)).toBe(body);
  });

  it('refuses content past its limit and keeps nothing of it', async () => {
    const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(storage.put('x/big.bin', big, { contentType: 'application/octet-stream', maxBytes: 1000 })).rejects.toMatchObject({
      code: 'STORAGE.TOO_LARGE',
      kind: 'limit',
    });
    expect(await storage.head('x/big.bin')).toBeNull();
    expect(readdirSync(join(root, 'x'))).toEqual([]);
  });

  it('refuses keys that could leave the root', async () => {
    for (const key of ['../escape', 'a/../../b', '/abs', 'a//b', '.hidden', '']) {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]), { contentType: 'text/plain', maxBytes: 10 })).rejects.toMatchObject({
        code: 'STORAGE.INVALID_KEY',
      });
    }
  });

  it('deletes, and says whether there was something to delete', async () => {
    await storage.put('a/b.txt', Readable.from([Buffer.from('x')]), { contentType: 'text/plain', maxBytes: 10 });
    expect(await storage.delete('a/b.txt')).toBe(true);
    expect(await storage.delete('a/b.txt')).toBe(false);
    expect(await storage.get('a/b.txt')).toBeNull();
  });
});
