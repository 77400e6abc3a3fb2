import { randomUUID } from 'node:crypto';
import { PersonKeyStore } from '@candor/application';

/** What every person key store must do (SQLite file, MongoDB). */
export function personKeyStoreContract(adapter: string, makeStore: () => Promise<PersonKeyStore>, cleanup?: (store: PersonKeyStore) => Promise<void>): void {
  describe(`PersonKeyStore contract: ${adapter}`, () => {
    let store: PersonKeyStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => (cleanup ? cleanup(store) : store.close()));

    it('creates one 32-byte key per person on first use and hands the same one out after', async () => {
      const [ada, alan] = [`person-${randomUUID()}`, `person-${randomUUID()}`];
      const first = await store.currentKey(ada);
      const again = await store.currentKey(ada);
      const other = await store.currentKey(alan);

      expect(first.key).toHaveLength(32);
      expect(again).toEqual(first);
      expect(other.keyId).not.toBe(first.keyId);
      expect((await store.keyById(first.keyId))?.equals(first.key)).toBe(true);
    });

    it('destroys every key of a person only; new data after an erasure gets a new key', async () => {
      const [ada, alan] = [`person-${randomUUID()}`, `person-${randomUUID()}`];
      const adaKey = await store.currentKey(ada);
      const alanKey = await store.currentKey(alan);

      expect(await store.destroyPerson(ada)).toBe(1);

      expect(await store.keyById(adaKey.keyId)).toBeNull();
      expect((await store.keyById(alanKey.keyId))?.equals(alanKey.key)).toBe(true);
      expect((await store.currentKey(ada)).keyId).not.toBe(adaKey.keyId);
      expect(await store.destroyPerson(`person-${randomUUID()}`)).toBe(0);
    });

    it('maps streams to the person whose data they hold', async () => {
      const person = `person-${randomUUID()}`;
      const [a, b] = [`interview-${randomUUID()}`, `candidate-${randomUUID()}`];
      await store.assignSubject(a, person);
      await store.assignSubject(b, person);
      await store.assignSubject(b, person);

      expect(await store.subjectOf(a)).toBe(person);
      expect(await store.subjectOf(`interview-${randomUUID()}`)).toBeNull();
      expect(await store.streamsOf(person)).toEqual([a, b].sort());
    });

    it('answers the latest subject of a stream assigned to another person', async () => {
      const [first, second] = [`person-${randomUUID()}`, `person-${randomUUID()}`];
      const stream = `interview-${randomUUID()}`;
      await store.assignSubject(stream, first);
      expect(await store.subjectOf(stream)).toBe(first);

      await store.assignSubject(stream, second);

      expect(await store.subjectOf(stream)).toBe(second);
      expect(await store.streamsOf(first)).toEqual([]);
      expect(await store.streamsOf(second)).toEqual([stream]);
    });

    it('counts a stream holding copies of a person among their streams without making it theirs', async () => {
      const [ada, alan] = [`person-${randomUUID()}`, `person-${randomUUID()}`];
      const [own, shared] = [`interview-${randomUUID()}`, `webhook-${randomUUID()}`];
      await store.assignSubject(own, ada);
      await store.recordCopy(shared, ada);
      await store.recordCopy(shared, ada);
      await store.recordCopy(shared, alan);

      expect(await store.streamsOf(ada)).toEqual([own, shared].sort());
      expect(await store.streamsOf(alan)).toEqual([shared]);
      expect(await store.subjectOf(shared)).toBeNull();
    });
  });
}
