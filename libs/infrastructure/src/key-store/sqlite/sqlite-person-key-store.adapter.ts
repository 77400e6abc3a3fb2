import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { PersonKey, PersonKeyStore } from '@candor/application';
import { openPrivateDatabase } from '../../sqlite/open-private-database';

/**
 * The embedded key store: its own SQLite file beside the event log (never inside it). No WAL and
 * `secure_delete`, so a destroyed key is overwritten on disk, not left in a free page or a log file.
 */
export class SqlitePersonKeyStore implements PersonKeyStore {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Buffer>();

  constructor(readonly file: string) {
    this.db = openPrivateDatabase(file, 'DELETE');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS person_keys (
        key_id     TEXT PRIMARY KEY,
        person_id  TEXT NOT NULL,
        key        BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS person_keys_person ON person_keys (person_id);
      CREATE TABLE IF NOT EXISTS stream_subjects (
        stream_id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS stream_subjects_person ON stream_subjects (person_id);
      CREATE TABLE IF NOT EXISTS stream_copies (
        person_id TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        PRIMARY KEY (person_id, stream_id)
      );
    `);
  }

  async currentKey(personId: string): Promise<PersonKey> {
    const row = this.db.prepare('SELECT key_id, key FROM person_keys WHERE person_id = ? ORDER BY created_at DESC LIMIT 1').get(personId) as
      | { key_id: string; key: Buffer }
      | undefined;
    if (row) return { keyId: row.key_id, key: row.key };
    const created = { keyId: randomUUID(), key: randomBytes(32) };
    this.db.prepare('INSERT INTO person_keys (key_id, person_id, key, created_at) VALUES (?, ?, ?, ?)').run(created.keyId, personId, created.key, new Date().toISOString());
    return created;
  }

  async keyById(keyId: string): Promise<Buffer | null> {
    const cached = this.cache.get(keyId);
    if (cached) return cached;
    const row = this.db.prepare('SELECT key FROM person_keys WHERE key_id = ?').get(keyId) as { key: Buffer } | undefined;
    if (row) this.cache.set(keyId, row.key);
    return row?.key ?? null;
  }

  async destroyPerson(personId: string): Promise<number> {
    const ids = (this.db.prepare('SELECT key_id FROM person_keys WHERE person_id = ?').all(personId) as { key_id: string }[]).map((r) => r.key_id);
    ids.forEach((id) => this.cache.delete(id));
    const { changes } = this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(personId);
    this.db.exec('VACUUM');
    return changes;
  }

  async assignSubject(streamId: string, personId: string): Promise<void> {
    this.db.prepare('INSERT INTO stream_subjects (stream_id, person_id) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET person_id = excluded.person_id').run(streamId, personId);
  }

  async subjectOf(streamId: string): Promise<string | null> {
    return (this.db.prepare('SELECT person_id FROM stream_subjects WHERE stream_id = ?').get(streamId) as { person_id: string } | undefined)?.person_id ?? null;
  }

  async recordCopy(streamId: string, personId: string): Promise<void> {
    this.db.prepare('INSERT INTO stream_copies (person_id, stream_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(personId, streamId);
  }

  async streamsOf(personId: string): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT stream_id FROM stream_subjects WHERE person_id = ? UNION SELECT stream_id FROM stream_copies WHERE person_id = ? ORDER BY stream_id')
      .all(personId, personId) as { stream_id: string }[];
    return rows.map((r) => r.stream_id);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
