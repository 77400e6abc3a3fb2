import { randomUUID } from 'node:crypto';
import { ReadCollection, ReadStore } from '@candor/application';

/**
 * What every ReadStore adapter must do, run against each (in memory, MongoDB). `makeStore` gives an open store
 * (fresh or shared: every test works in collections of its own); `cleanup` closes it and removes what it
 * created (default: close).
 */
export function readStoreContract(
  adapter: string,
  makeStore: () => Promise<ReadStore>,
  cleanup?: (store: ReadStore) => Promise<void>,
): void {
  describe(`ReadStore contract: ${adapter}`, () => {
    let store: ReadStore;
    let name: string;
    let people: ReadCollection<Person>;

    beforeEach(async () => {
      store = await makeStore();
      name = collectionName('people');
      people = store.collection<Person>(name);
    });
    afterEach(async () => {
      if (cleanup) await cleanup(store);
      else await store.close();
    });

    const seed = async () => {
      for (const person of PEOPLE) await people.upsert(person);
    };
    const ids = (docs: readonly { _id: string }[]) => docs.map((d) => d._id);

    describe('find', () => {
      beforeEach(seed);

      it('matches $eq (plain and explicit), $in and no filter at all', async () => {
        expect(ids(await people.find({ status: 'open' }, { sort: { _id: 1 } }))).toEqual(['a', 'c']);
        expect(ids(await people.find({ status: { $eq: 'draft' } }))).toEqual(['d']);
        expect(ids(await people.find({ status: { $in: ['closed', 'draft'] } }, { sort: { _id: 1 } }))).toEqual(['b', 'd']);
        expect(ids(await people.find({}, { sort: { _id: 1 } }))).toEqual(['a', 'b', 'c', 'd']);
        expect(ids(await people.find(undefined, { sort: { _id: 1 } }))).toEqual(['a', 'b', 'c', 'd']);
      });

      it('compares ISO timestamps with $gte/$lte as strings', async () => {
        const inRange = await people.find(
          { createdAt: { $gte: '2024-02-15T12:00:00.000Z', $lte: '2024-03-01T00:00:00.000Z' } },
          { sort: { createdAt: 1 } },
        );
        expect(ids(inRange)).toEqual(['b', 'c']);
      });

      it('matches $regex with the i option', async () => {
        expect(ids(await people.find({ name: { $regex: '^bob', $options: 'i' } }))).toEqual(['b']);
        expect(ids(await people.find({ name: { $regex: 'bob', $options: 'i' } }, { sort: { _id: 1 } }))).toEqual(['b', 'c']);
        expect(ids(await people.find({ name: { $regex: '^bob' } }))).toEqual(['b']);
        expect(ids(await people.find({ name: { $regex: '^BOB' } }))).toEqual([]);
      });

      it('matches nested fields, array elements and $or', async () => {
        expect(ids(await people.find({ 'profile.city': 'Paris' }, { sort: { _id: 1 } }))).toEqual(['a', 'c']);
        expect(ids(await people.find({ 'profile.level': { $gte: 2 } }, { sort: { _id: 1 } }))).toEqual(['a', 'c', 'd']);
        expect(ids(await people.find({ tags: 'ts' }, { sort: { _id: 1 } }))).toEqual(['a', 'c']);
        expect(ids(await people.find({ $or: [{ 'profile.city': 'Berlin' }, { score: { $gte: 90 } }] }, { sort: { _id: 1 } }))).toEqual(['b', 'c']);
      });

      it('findOne answers one match or null', async () => {
        expect(await people.findOne({ _id: 'c' })).toEqual(PEOPLE[2]);
        expect(await people.findOne({ 'profile.city': 'Lisbon' })).toEqual(PEOPLE[3]);
        expect(await people.findOne({ _id: 'zzz' })).toBeNull();
        expect(await people.findOne({ status: 'archived' })).toBeNull();
      });

      it('sorts (also on nested fields and descending), skips and limits', async () => {
        expect(ids(await people.find({}, { sort: { score: -1 } }))).toEqual(['c', 'a', 'd', 'b']);
        expect(ids(await people.find({}, { sort: { 'profile.level': 1, _id: -1 } }))).toEqual(['b', 'd', 'a', 'c']);
        expect(ids(await people.find({}, { sort: { score: -1 }, skip: 1, limit: 2 }))).toEqual(['a', 'd']);
        expect(ids(await people.find({}, { sort: { score: -1 }, skip: 3, limit: 10 }))).toEqual(['b']);
        expect(await people.find({}, { sort: { score: -1 }, skip: 4 })).toEqual([]);
      });

      it('projects included or excluded fields, sorting on fields left out', async () => {
        expect(await people.find({ status: 'open' }, { sort: { score: -1 }, projection: { name: 1 } })).toEqual([
          { _id: 'c', name: 'Carol Bobson' },
          { _id: 'a', name: 'Alice Smith' },
        ]);
        expect(await people.find({ _id: 'd' }, { projection: { 'profile.city': 1 } })).toEqual([{ _id: 'd', profile: { city: 'Lisbon' } }]);
        const { profile: _profile, tags: _tags, ...rest } = PEOPLE[1];
        expect(await people.find({ _id: 'b' }, { projection: { profile: 0, tags: 0 } })).toEqual([rest]);
      });

      it('counts all or matching documents', async () => {
        expect(await people.count()).toBe(4);
        expect(await people.count({ status: 'open' })).toBe(2);
        expect(await people.count({ status: 'archived' })).toBe(0);
        expect(await store.collection(collectionName('empty')).count()).toBe(0);
      });
    });

    describe('aggregate', () => {
      beforeEach(seed);

      it('$match, $group with $sum and $avg, $sort', async () => {
        const byStatus = await people.aggregate([
          { $match: { score: { $gte: 60 } } },
          { $group: { _id: '$status', n: { $sum: 1 }, total: { $sum: '$score' }, average: { $avg: '$score' } } },
          { $sort: { _id: 1 } },
        ]);
        expect(byStatus).toEqual([
          { _id: 'draft', n: 1, total: 70, average: 70 },
          { _id: 'open', n: 2, total: 172, average: 86 },
        ]);
      });

      it('$facet with $count and $group, and $count alone', async () => {
        const [facets] = await people.aggregate<{ total: { n: number }[]; cities: { _id: string; n: number }[] }>([
          {
            $facet: {
              total: [{ $count: 'n' }],
              cities: [{ $group: { _id: '$profile.city', n: { $sum: 1 } } }, { $sort: { n: -1, _id: 1 } }],
            },
          },
        ]);
        expect(facets).toEqual({
          total: [{ n: 4 }],
          cities: [
            { _id: 'Paris', n: 2 },
            { _id: 'Berlin', n: 1 },
            { _id: 'Lisbon', n: 1 },
          ],
        });
        expect(await people.aggregate([{ $match: { status: 'open' } }, { $count: 'open' }])).toEqual([{ open: 2 }]);
        expect(await people.aggregate([{ $match: { status: 'archived' } }, { $count: 'n' }])).toEqual([]);
      });
    });

    describe('writes', () => {
      it('upsert inserts, then replaces the whole document', async () => {
        await people.upsert(PEOPLE[0]);
        await people.upsert({ _id: 'a', name: 'Alice Renamed', status: 'closed', score: 1, createdAt: 'x', profile: { city: 'Rome', level: 9 }, tags: [] });
        await people.upsert({ _id: 'a', name: 'Only a name' } as Person);

        expect(await people.find()).toEqual([{ _id: 'a', name: 'Only a name' }]);
      });

      it('updateOne applies $set (nested), $inc, $push, $unset to the first match only', async () => {
        await seed();

        const result = await people.updateOne(
          { status: 'open' },
          { $set: { 'profile.city': 'Nice', reviewed: true }, $inc: { score: 5 }, $push: { tags: 'new' }, $unset: { createdAt: '' } },
        );

        expect(result).toEqual({ matched: 1, upserted: false });
        const changed = await people.find({ reviewed: true });
        expect(changed).toHaveLength(1);
        const before = PEOPLE.find((p) => p._id === changed[0]._id)!;
        const { createdAt: _createdAt, ...kept } = before;
        expect(changed[0]).toEqual({ ...kept, reviewed: true, score: before.score + 5, profile: { ...before.profile, city: 'Nice' }, tags: [...before.tags, 'new'] });
        expect(await people.count({ status: 'open', reviewed: { $exists: false } })).toBe(1);
      });

      it('updateOne without a match changes nothing unless asked to upsert', async () => {
        await seed();

        expect(await people.updateOne({ _id: 'zzz' }, { $set: { name: 'Ghost' } })).toEqual({ matched: 0, upserted: false });
        expect(await people.count()).toBe(4);

        const upserted = await people.updateOne(
          { _id: 'e', status: 'open', 'profile.city': 'Oslo' },
          { $set: { name: 'Eve' }, $inc: { score: 3 }, $setOnInsert: { createdAt: '2024-04-01T00:00:00.000Z' } },
          { upsert: true },
        );
        expect(upserted).toEqual({ matched: 0, upserted: true });
        expect(await people.findOne({ _id: 'e' })).toEqual({
          _id: 'e',
          status: 'open',
          profile: { city: 'Oslo' },
          name: 'Eve',
          score: 3,
          createdAt: '2024-04-01T00:00:00.000Z',
        });

        const matched = await people.updateOne({ _id: 'e' }, { $inc: { score: 1 }, $setOnInsert: { createdAt: 'ignored' } }, { upsert: true });
        expect(matched).toEqual({ matched: 1, upserted: false });
        expect(await people.findOne({ _id: 'e' })).toMatchObject({ score: 4, createdAt: '2024-04-01T00:00:00.000Z' });
      });

      it('updateOne with a plain document replaces the match, keeping its _id', async () => {
        await seed();

        expect(await people.updateOne({ _id: 'b' }, { name: 'Replaced' })).toEqual({ matched: 1, upserted: false });

        expect(await people.findOne({ _id: 'b' })).toEqual({ _id: 'b', name: 'Replaced' });
      });

      it('deleteOne removes one match, deleteMany all matches', async () => {
        await seed();

        expect(await people.deleteOne({ status: 'open' })).toBe(1);
        expect(await people.count({ status: 'open' })).toBe(1);
        expect(await people.deleteOne({ _id: 'zzz' })).toBe(0);
        expect(await people.deleteMany({ score: { $lt: 75 } })).toBe(2);
        expect(await people.count()).toBe(1);
        expect(await people.deleteMany()).toBe(1);
        expect(await people.count()).toBe(0);
      });

      it('bulkWrite applies replaceOne, updateOne, deleteOne and deleteMany in order', async () => {
        await seed();

        await people.bulkWrite([
          { replaceOne: { filter: { _id: 'e' }, replacement: { ...PEOPLE[0], _id: 'e', name: 'Eve' }, upsert: true } },
          { replaceOne: { filter: { _id: 'a' }, replacement: { ...PEOPLE[0], name: 'Alice Replaced' } } },
          { replaceOne: { filter: { _id: 'nobody' }, replacement: { ...PEOPLE[0], _id: 'nobody' } } },
          { updateOne: { filter: { _id: 'e' }, update: { $inc: { score: 1 } } } },
          { updateOne: { filter: { _id: 'f' }, update: { $set: { name: 'Fay' } }, upsert: true } },
          { deleteOne: { filter: { _id: 'b' } } },
          { deleteMany: { filter: { status: 'draft' } } },
        ]);
        await people.bulkWrite([]);

        expect(ids(await people.find({}, { sort: { _id: 1 } }))).toEqual(['a', 'c', 'e', 'f']);
        expect(await people.findOne({ _id: 'a' })).toMatchObject({ name: 'Alice Replaced' });
        expect(await people.findOne({ _id: 'e' })).toMatchObject({ name: 'Eve', score: PEOPLE[0].score + 1 });
        expect(await people.findOne({ _id: 'f' })).toEqual({ _id: 'f', name: 'Fay' });
      });

      it('documents are copies: changing one read or written does not change the store', async () => {
        const doc = structuredClone(PEOPLE[0]);
        await people.upsert(doc);
        doc.profile.city = 'Mutated';
        const read = (await people.findOne({ _id: 'a' }))!;
        read.tags.push('mutated');
        await people.upsert({ ...PEOPLE[1], name: 'to be replaced' });
        const replacement = structuredClone(PEOPLE[1]);
        await people.bulkWrite([{ replaceOne: { filter: { _id: 'b' }, replacement } }]);
        replacement.profile.city = 'Mutated';
        const plain = { name: 'Plain', profile: { city: 'Kept', level: 1 } };
        await people.updateOne({ _id: 'c' }, plain, { upsert: true });
        plain.profile.city = 'Mutated';

        expect(await people.findOne({ _id: 'a' })).toEqual(PEOPLE[0]);
        expect(await people.findOne({ _id: 'b' })).toEqual(PEOPLE[1]);
        expect(await people.findOne({ _id: 'c' })).toEqual({ _id: 'c', ...plain, profile: { city: 'Kept', level: 1 } });
      });
    });

    describe('insertOne and batches', () => {
      it('insertOne adds a new document and refuses an _id already there, changing nothing', async () => {
        await people.insertOne(PEOPLE[0]);
        await expect(people.insertOne({ ...PEOPLE[1], _id: 'a' })).rejects.toThrow(/duplicate key/i);
        expect(await people.find()).toEqual([PEOPLE[0]]);
      });

      it('writeBatch applies every collection\'s operations in order and says whether it was atomic', async () => {
        const other = collectionName('batch');
        const result = await store.writeBatch({
          writes: [
            { collection: name, operations: PEOPLE.map((p) => ({ replaceOne: { filter: { _id: p._id }, replacement: p, upsert: true } })) },
            { collection: name, operations: [{ deleteOne: { filter: { _id: 'b' } } }, { updateOne: { filter: { _id: 'a' }, update: { $inc: { score: 1 } } } }] },
            { collection: other, operations: [{ replaceOne: { filter: { _id: 'cp' }, replacement: { _id: 'cp', position: '7' }, upsert: true } }] },
          ],
        });

        expect(typeof result.atomic).toBe('boolean');
        expect(ids(await people.find({}, { sort: { _id: 1 } }))).toEqual(['a', 'c', 'd']);
        expect(await people.findOne({ _id: 'a' })).toMatchObject({ score: PEOPLE[0].score + 1 });
        expect(await store.collection(other).findOne({ _id: 'cp' })).toEqual({ _id: 'cp', position: '7' });
      });
    });

    describe('drop and indexes', () => {
      it('drop empties one collection and leaves the others; dropping an unknown collection is fine', async () => {
        await seed();
        const other = store.collection<{ _id: string }>(collectionName('other'));
        await other.upsert({ _id: 'x' });

        await store.drop(name);
        await store.drop(collectionName('never-created'));

        expect(await people.count()).toBe(0);
        expect(await other.count()).toBe(1);
        await people.upsert(PEOPLE[0]);
        expect(await people.count()).toBe(1);
      });

      it('a unique index makes a second document with the same key fail, whatever the write', async () => {
        const accounts = store.collection<{ _id: string; email: string; team?: string }>(name);
        await store.ensureIndexes([{ collection: name, keys: { email: 1 }, unique: true }]);
        await store.ensureIndexes([{ collection: name, keys: { email: 1 }, unique: true }]);
        await accounts.upsert({ _id: 'a', email: 'a@example.com' });
        await accounts.upsert({ _id: 'b', email: 'b@example.com' });

        await expect(accounts.upsert({ _id: 'c', email: 'a@example.com' })).rejects.toThrow(/duplicate key/i);
        await expect(accounts.updateOne({ _id: 'b' }, { $set: { email: 'a@example.com' } })).rejects.toThrow(/duplicate key/i);
        await expect(
          accounts.bulkWrite([{ replaceOne: { filter: { _id: 'd' }, replacement: { _id: 'd', email: 'b@example.com' }, upsert: true } }]),
        ).rejects.toThrow(/duplicate key/i);

        await accounts.upsert({ _id: 'a', email: 'a@example.com', team: 'same document, same key' });
        expect(await accounts.find({}, { sort: { _id: 1 } })).toEqual([
          { _id: 'a', email: 'a@example.com', team: 'same document, same key' },
          { _id: 'b', email: 'b@example.com' },
        ]);
      });

      it('a compound unique index constrains the combination; a plain index constrains nothing', async () => {
        const seats = store.collection<{ _id: string; room: string; seat: number; label: string }>(name);
        await store.ensureIndexes([
          { collection: name, keys: { room: 1, seat: 1 }, unique: true },
          { collection: name, keys: { label: -1 } },
        ]);
        await seats.upsert({ _id: '1', room: 'r1', seat: 1, label: 'same' });
        await seats.upsert({ _id: '2', room: 'r1', seat: 2, label: 'same' });
        await seats.upsert({ _id: '3', room: 'r2', seat: 1, label: 'same' });

        await expect(seats.upsert({ _id: '4', room: 'r2', seat: 1, label: 'other' })).rejects.toThrow(/duplicate key/i);
        expect(await seats.count()).toBe(3);
      });

      it('declared unique indexes still hold after a drop (projection rebuilds keep their constraints)', async () => {
        const accounts = store.collection<{ _id: string; email: string }>(name);
        await store.ensureIndexes([{ collection: name, keys: { email: 1 }, unique: true }]);
        await accounts.upsert({ _id: 'a', email: 'a@example.com' });

        await store.drop(name);

        await accounts.upsert({ _id: 'b', email: 'a@example.com' });
        await expect(accounts.upsert({ _id: 'c', email: 'a@example.com' })).rejects.toThrow(/duplicate key/i);
      });
    });

    it('reports itself up and says whether its data survives the process', async () => {
      await expect(store.health()).resolves.toMatchObject({ status: 'up' });
      expect(typeof store.persistent).toBe('boolean');
    });
  });
}

/** A collection name no other test (or run, on a shared server) uses. */
export function collectionName(label: string): string {
  return `contract_${label}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** A type alias, not an interface, so it fits the Record-typed replacement of a bulk write. */
type Person = {
  _id: string;
  name: string;
  status: string;
  score: number;
  createdAt: string;
  profile: { city: string; level: number };
  tags: string[];
  reviewed?: boolean;
};

const PEOPLE: readonly Person[] = [
  { _id: 'a', name: 'Alice Smith', status: 'open', score: 80, createdAt: '2024-01-10T09:00:00.000Z', profile: { city: 'Paris', level: 2 }, tags: ['ts', 'node'] },
  { _id: 'b', name: 'bob jones', status: 'closed', score: 55, createdAt: '2024-02-15T12:00:00.000Z', profile: { city: 'Berlin', level: 1 }, tags: ['go'] },
  { _id: 'c', name: 'Carol Bobson', status: 'open', score: 92, createdAt: '2024-03-01T00:00:00.000Z', profile: { city: 'Paris', level: 3 }, tags: ['ts'] },
  { _id: 'd', name: 'Dan', status: 'draft', score: 70, createdAt: '2024-03-20T18:30:00.000Z', profile: { city: 'Lisbon', level: 2 }, tags: [] },
];
