import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonKeyStore } from '@candor/application';
import { personKeyStoreContract } from '../../testing/person-key-store.contract';
import { SqlitePersonKeyStore } from './sqlite-person-key-store.adapter';

const dirs = new Map<PersonKeyStore, string>();
personKeyStoreContract(
  'SQLite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-keys-'));
    const store = new SqlitePersonKeyStore(join(dir, 'keys.sqlite'));
    dirs.set(store, dir);
    return store;
  },
  async (store) => {
    await store.close();
    rmSync(dirs.get(store)!, { recursive: true, force: true });
  },
);

describe('SqlitePersonKeyStore', () => {
  it('leaves no byte of a destroyed key in its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-keys-'));
    const file = join(dir, 'keys.sqlite');
    const store = new SqlitePersonKeyStore(file);
    try {
      const { key } = await store.currentKey('person-1');
      expect(readFileSync(file).includes(key)).toBe(true);

      await store.destroyPerson('person-1');

      expect(readFileSync(file).includes(key)).toBe(false);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
