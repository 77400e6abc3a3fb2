import { personKeyStoreContract } from '../../testing/person-key-store.contract';
import { MongoPersonKeyStore } from './mongo-person-key-store.adapter';

/** Needs a MongoDB server (MONGO_URL, e.g. mongodb://localhost:27017/candor-test). */
const url = process.env.MONGO_URL;

if (url) {
  personKeyStoreContract('MongoDB', async () => new MongoPersonKeyStore(url));
} else {
  describe.skip('PersonKeyStore contract: MongoDB (skipped: set MONGO_URL to run it against a server)', () => {
    it('needs MONGO_URL', () => undefined);
  });
}
