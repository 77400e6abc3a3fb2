import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoreContract } from '../../testing/read-store.contract';
import { SqliteReadStore } from './sqlite-read-store.adapter';

const dirs = new Map<SqliteReadStore, string>();

readStoreContract(
  'SQLite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-read-store-'));
    const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    dirs.set(store, dir);
    return store;
  },
  async (store) => {
    await store.close();
    rmSync(dirs.get(store as SqliteReadStore)!, { recursive: true, force: true });
  },
);
