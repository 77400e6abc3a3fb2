import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@candor/domain';
import { PutOptions, Storage, StoredObject } from '@candor/application/ports/storage.port';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/**
 * Files on local disk under one root (`$DATA_DIR/uploads`). Each upload streams to a temporary file that is
 * renamed into place only once complete and within its limit, so a reader never sees a partial file; a JSON
 * sidecar holds the object's metadata.
 */
export class LocalDiskStorage implements Storage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, content: Readable | AsyncIterable<Buffer | Uint8Array>, options: PutOptions): Promise<StoredObject> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomUUID()}.part`;
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > options.maxBytes) {
          done(new DomainError('STORAGE.TOO_LARGE', `The file is larger than ${options.maxBytes} bytes`, 'limit'));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.from(content), meter, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const object: StoredObject = {
      key,
      size,
      sha256: hash.digest('hex'),
      contentType: options.contentType,
      storedAt: new Date().toISOString(),
    };
    await writeFile(`${path}.meta.json`, JSON.stringify(object), { mode: 0o600 });
    await rename(temporary, path);
    return object;
  }

  async get(key: string) {
    const object = await this.head(key);
    return object ? { object, stream: createReadStream(this.pathOf(key)) } : null;
  }

  async head(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    try {
      await stat(path);
      return JSON.parse(await readFile(`${path}.meta.json`, 'utf8')) as StoredObject;
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    const existed = (await this.head(key)) !== null;
    await rm(path, { force: true });
    await rm(`${path}.meta.json`, { force: true });
    return existed;
  }

  /** Keys are relative paths of safe segments; nothing can name a file outside the root. */
  private pathOf(key: string): string {
    if (!KEY.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..')) {
      throw new DomainError('STORAGE.INVALID_KEY', `Not a valid storage key: ${key}`, 'invalid');
    }
    const path = join(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new DomainError('STORAGE.INVALID_KEY', `Not a valid storage key: ${key}`, 'invalid');
    return path;
  }
}
