import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Opens an embedded SQLite file readable by its owner only: its folder 0700, the file and its WAL and index
 * 0600 (they hold events, read models or keys of personal data).
 */
export function openPrivateDatabase(file: string, journalMode: 'WAL' | 'DELETE'): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  db.pragma(`journal_mode = ${journalMode}`);
  if (file !== ':memory:') for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
  return db;
}
