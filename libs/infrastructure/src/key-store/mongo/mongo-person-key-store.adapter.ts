import { randomBytes, randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';
import { PersonKey, PersonKeyStore } from '@candor/application';

const CACHE_MS = 30_000;

interface KeyDocument {
  _id: string;
  personId: string;
  key: Buffer | { buffer: Buffer };
  createdAt: Date;
}

interface SubjectDocument {
  _id: string;
  personId: string;
}

/** `_id`: `<person id> <stream id>`, one per pair. */
interface CopyDocument {
  _id: string;
  personId: string;
  streamId: string;
}

/**
 * The production key store: three MongoDB collections (`person_keys`, `stream_subjects`, `stream_copies`), apart from EventStoreDB.
 * Keys are cached briefly: another API instance or the projector stops decrypting an erased person's data
 * within CACHE_MS of the erasure.
 */
export class MongoPersonKeyStore implements PersonKeyStore {
  private readonly connection: Connection;
  private readonly cache = new Map<string, { key: Buffer; until: number }>();
  private indexes: Promise<void> | null = null;

  constructor(url: string) {
    this.connection = mongoose.createConnection(url, { serverSelectionTimeoutMS: 5_000 });
  }

  private get keys() {
    return this.connection.collection<KeyDocument>('person_keys');
  }

  private get subjects() {
    return this.connection.collection<SubjectDocument>('stream_subjects');
  }

  private get copies() {
    return this.connection.collection<CopyDocument>('stream_copies');
  }

  private ensureIndexes(): Promise<void> {
    this.indexes ??= Promise.all([
      this.keys.createIndex({ personId: 1, createdAt: -1 }),
      this.subjects.createIndex({ personId: 1 }),
      this.copies.createIndex({ personId: 1 }),
    ]).then(() => undefined);
    return this.indexes;
  }

  async currentKey(personId: string): Promise<PersonKey> {
    await this.ensureIndexes();
    const found = await this.keys.findOne({ personId }, { sort: { createdAt: -1 } });
    if (found) return { keyId: found._id, key: toBuffer(found.key) };
    const created = { keyId: randomUUID(), key: randomBytes(32) };
    await this.keys.insertOne({ _id: created.keyId, personId, key: created.key, createdAt: new Date() });
    return created;
  }

  async keyById(keyId: string): Promise<Buffer | null> {
    const cached = this.cache.get(keyId);
    if (cached && cached.until > Date.now()) return cached.key;
    const found = await this.keys.findOne({ _id: keyId });
    if (!found) {
      this.cache.delete(keyId);
      return null;
    }
    const key = toBuffer(found.key);
    this.cache.set(keyId, { key, until: Date.now() + CACHE_MS });
    return key;
  }

  async destroyPerson(personId: string): Promise<number> {
    const ids = (await this.keys.find({ personId }, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
    ids.forEach((id) => this.cache.delete(id));
    return (await this.keys.deleteMany({ personId })).deletedCount;
  }

  async assignSubject(streamId: string, personId: string): Promise<void> {
    await this.subjects.updateOne({ _id: streamId }, { $set: { personId } }, { upsert: true });
  }

  async subjectOf(streamId: string): Promise<string | null> {
    return (await this.subjects.findOne({ _id: streamId }))?.personId ?? null;
  }

  async recordCopy(streamId: string, personId: string): Promise<void> {
    await this.ensureIndexes();
    await this.copies.updateOne({ _id: `${personId} ${streamId}` }, { $set: { personId, streamId } }, { upsert: true });
  }

  async streamsOf(personId: string): Promise<string[]> {
    const own = (await this.subjects.find({ personId }).toArray()).map((d) => d._id);
    const copies = (await this.copies.find({ personId }).toArray()).map((d) => d.streamId);
    return [...new Set([...own, ...copies])].sort();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

function toBuffer(value: Buffer | { buffer: Buffer }): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer);
}
