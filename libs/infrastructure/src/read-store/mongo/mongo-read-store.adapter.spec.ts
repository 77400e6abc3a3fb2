import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { CHECKPOINTS_COLLECTION, LOCKSTEP_CHECKPOINT_ID } from '@candor/application';
import { readStoreContract } from '../../testing/read-store.contract';
import { checkpointModel, checkpointSchema } from './checkpoint.schema';
import { MongoReadStore } from './mongo-read-store.adapter';
import {
  DuplicateKeyError,
  isNamespaceNotFound,
  isReplacement,
  toMongoBulkOperations,
  toMongoIndex,
  translateMongoError,
} from './mongo-read-store.mapping';

/** The contract needs a real server (MONGO_URL); each run works in a database of its own, dropped at the end. */
const url = process.env.MONGO_URL;

if (url) {
  const dbName = `candor_contract_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  readStoreContract('MongoDB', async () => new MongoReadStore(url, { dbName }));
  afterAll(async () => {
    const connection = await mongoose.createConnection(url, { dbName }).asPromise();
    try {
      await connection.dropDatabase();
    } finally {
      await connection.close();
    }
  });
} else {
  describe.skip('ReadStore contract: MongoDB (skipped: set MONGO_URL to run it against a server)', () => {
    it('needs MONGO_URL', () => undefined);
  });
}

describe('MongoDB read-store mapping', () => {
  it('maps our bulk operations to the driver, plain updates becoming replacements', () => {
    expect(
      toMongoBulkOperations([
        { replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', n: 1 }, upsert: true } },
        { updateOne: { filter: { _id: 'b' }, update: { $inc: { n: 1 } } } },
        { updateOne: { filter: { _id: 'c' }, update: { n: 2 }, upsert: true } },
        { deleteOne: { filter: { _id: 'd' } } },
        { deleteMany: { filter: { status: 'old' } } },
      ]),
    ).toEqual([
      { replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', n: 1 }, upsert: true } },
      { updateOne: { filter: { _id: 'b' }, update: { $inc: { n: 1 } }, upsert: false } },
      { replaceOne: { filter: { _id: 'c' }, replacement: { n: 2 }, upsert: true } },
      { deleteOne: { filter: { _id: 'd' } } },
      { deleteMany: { filter: { status: 'old' } } },
    ]);
  });

  it('tells update operators from replacement documents', () => {
    expect(isReplacement({ $set: { a: 1 } })).toBe(false);
    expect(isReplacement({ $set: { a: 1 }, b: 2 })).toBe(false);
    expect(isReplacement({ a: 1, nested: { $notAnOperatorHere: true } })).toBe(true);
    expect(isReplacement({})).toBe(true);
  });

  it('maps index specs to createIndex arguments, passing unique only when asked', () => {
    expect(toMongoIndex({ collection: 'c', keys: { email: 1 }, unique: true })).toEqual({ keys: { email: 1 }, options: { unique: true } });
    expect(toMongoIndex({ collection: 'c', keys: { room: 1, at: -1 } })).toEqual({ keys: { room: 1, at: -1 }, options: {} });
    expect(toMongoIndex({ collection: 'c', keys: { a: 1 }, unique: false }).options).toEqual({});
  });

  it('turns duplicate-key failures of single and bulk writes into DuplicateKeyError, other errors unchanged', () => {
    const single = Object.assign(new Error('E11000 duplicate key error collection: db.people index: email_1'), {
      code: 11000,
      keyValue: { email: 'a@example.com' },
    });
    const bulk = Object.assign(new Error('bulk'), { code: 11000, writeErrors: [{ code: 11000, err: { keyValue: { seat: 4 } } }] });
    const bulkWithoutTopCode = Object.assign(new Error('bulk'), { writeErrors: [{ code: 11000 }] });
    const other = Object.assign(new Error('boom'), { code: 2 });

    const translated = translateMongoError(single, 'people');
    expect(translated).toBeInstanceOf(DuplicateKeyError);
    expect(translated).toMatchObject({ collection: 'people', key: { email: 'a@example.com' }, cause: single });
    expect((translated as Error).message).toBe('Duplicate key in people: {"email":"a@example.com"}');
    expect(translateMongoError(bulk, 'seats')).toMatchObject({ message: 'Duplicate key in seats: {"seat":4}' });
    expect(translateMongoError(bulkWithoutTopCode, 'seats')).toMatchObject({ message: 'Duplicate key in seats' });
    expect(translateMongoError(other, 'people')).toBe(other);
    expect(translateMongoError('not an error', 'people')).toBe('not an error');
  });

  it('recognises dropping a collection that does not exist', () => {
    expect(isNamespaceNotFound({ code: 26, codeName: 'NamespaceNotFound' })).toBe(true);
    expect(isNamespaceNotFound(new Error('other'))).toBe(false);
  });
});

describe('checkpoint schema', () => {
  const connection = mongoose.createConnection();
  afterAll(() => connection.close());

  it('maps to the _checkpoints collection with string _id, position and updatedAt and no version key', () => {
    const Checkpoint = checkpointModel(connection);

    expect(Checkpoint.collection.collectionName).toBe(CHECKPOINTS_COLLECTION);
    expect(checkpointModel(connection)).toBe(Checkpoint);
    const doc = new Checkpoint({ _id: 'transcript', position: '00000000000000000042', updatedAt: '2024-01-01T00:00:00.000Z' });
    expect(doc.validateSync()).toBeUndefined();
    expect(doc.toObject()).toEqual({ _id: 'transcript', position: '00000000000000000042', updatedAt: '2024-01-01T00:00:00.000Z' });
    expect(checkpointSchema.get('versionKey')).toBe(false);
  });

  it('refuses a checkpoint without a position or with fields it does not know', () => {
    const Checkpoint = checkpointModel(connection);

    expect(new Checkpoint({ _id: 'transcript', updatedAt: 'x' }).validateSync()?.errors.position).toBeDefined();
    expect(() => new Checkpoint({ _id: 'transcript', position: 'p', updatedAt: 'x', extra: 1 })).toThrow(/not in schema/);
  });

  it('maps the lockstep row with its members, and a projection row without any', () => {
    const Checkpoint = checkpointModel(connection);
    const row = { _id: LOCKSTEP_CHECKPOINT_ID, position: '00000000000000000042', members: ['transcript', 'interviews'], updatedAt: '2024-01-01T00:00:00.000Z' };

    const lockstep = new Checkpoint(row);
    expect(lockstep.validateSync()).toBeUndefined();
    expect(lockstep.toObject()).toEqual(row);
    expect(new Checkpoint({ _id: 'transcript', position: 'p', updatedAt: 'x' }).toObject()).not.toHaveProperty('members');
  });
});

describe('MongoReadStore without a server', () => {
  it('is persistent, reports itself down, and fails operations with the connection error instead of hanging', async () => {
    const store = new MongoReadStore('mongodb://127.0.0.1:1/candor', { serverSelectionTimeoutMs: 300 });
    try {
      expect(store.persistent).toBe(true);
      await expect(store.health()).resolves.toMatchObject({ status: 'down', adapter: 'mongo', detail: expect.stringMatching(/ECONNREFUSED|connect/i) });
      await expect(store.collection('people').find({})).rejects.toThrow(/ECONNREFUSED|connect/i);
      await expect(store.ensureIndexes([{ collection: 'people', keys: { email: 1 }, unique: true }])).rejects.toThrow(/ECONNREFUSED|connect/i);
    } finally {
      await store.close();
    }
  });
});
