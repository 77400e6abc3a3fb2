import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { LruMap, PersonKey, PersonKeyStore } from '@candor/application';
import { openPrivateDatabase } from '../../sqlite/open-private-database';

/** People and streams whose key and subject stay in memory: every append of personal data asks for both. */
const CACHED_ENTRIES = 10_000;

/**
 * The embedded key store: its own SQLite file beside the event log (never inside it). No WAL and
 * `secure_delete`, so a destroyed key is overwritten on disk, not left in a free page or a log file.
 *
 * This process is the file's only writer (the API appends, and erases through this store), so what it read or
 * wrote stays true until it changes it: current keys and stream subjects are cached, and a destroyed person's
 * entries leave the caches with their keys. An assignment that is already recorded costs no write (no fsync).
 */
export class SqlitePersonKeyStore implements PersonKeyStore {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Buffer>();
  private readonly currentKeys = new LruMap<string, PersonKey>(CACHED_ENTRIES);
  private readonly subjects = new LruMap<string, string>(CACHED_ENTRIES);
  /** `<person> <stream>` pairs already recorded as copies (each delivery of a webhook records its person's). */
  private readonly copies = new LruMap<string, true>(CACHED_ENTRIES);
  private readonly statements: {
    current: Database.Statement<[string], { key_id: string; key: Buffer }>;
    insertKey: Database.Statement<[string, string, Buffer, string]>;
    byId: Database.Statement<[string], { key: Buffer }>;
    keyIdsOf: Database.Statement<[string], { key_id: string }>;
    deleteKeys: Database.Statement<[string]>;
    assign: Database.Statement<[string, string]>;
    subject: Database.Statement<[string], { person_id: string }>;
    copy: Database.Statement<[string, string]>;
    streams: Database.Statement<[string, string], { stream_id: string }>;
  };

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
    this.statements = {
      current: this.db.prepare('SELECT key_id, key FROM person_keys WHERE person_id = ? ORDER BY created_at DESC LIMIT 1'),
      insertKey: this.db.prepare('INSERT INTO person_keys (key_id, person_id, key, created_at) VALUES (?, ?, ?, ?)'),
      byId: this.db.prepare('SELECT key FROM person_keys WHERE key_id = ?'),
      keyIdsOf: this.db.prepare('SELECT key_id FROM person_keys WHERE person_id = ?'),
      deleteKeys: this.db.prepare('DELETE FROM person_keys WHERE person_id = ?'),
      assign: this.db.prepare(
        'INSERT INTO stream_subjects (stream_id, person_id) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET person_id = excluded.person_id',
      ),
      subject: this.db.prepare('SELECT person_id FROM stream_subjects WHERE stream_id = ?'),
      copy: this.db.prepare('INSERT INTO stream_copies (person_id, stream_id) VALUES (?, ?) ON CONFLICT DO NOTHING'),
      streams: this.db.prepare('SELECT stream_id FROM stream_subjects WHERE person_id = ? UNION SELECT stream_id FROM stream_copies WHERE person_id = ? ORDER BY stream_id'),
    };
  }

  async currentKey(personId: string): Promise<PersonKey> {
    const cached = this.currentKeys.get(personId);
    if (cached) return cached;
    const row = this.statements.current.get(personId);
    const key = row ? { keyId: row.key_id, key: row.key } : { keyId: randomUUID(), key: randomBytes(32) };
    if (!row) this.statements.insertKey.run(key.keyId, personId, key.key, new Date().toISOString());
    this.currentKeys.set(personId, key);
    return key;
  }

  async keyById(keyId: string): Promise<Buffer | null> {
    const cached = this.cache.get(keyId);
    if (cached) return cached;
    const row = this.statements.byId.get(keyId);
    if (row) this.cache.set(keyId, row.key);
    return row?.key ?? null;
  }

  async destroyPerson(personId: string): Promise<number> {
    const ids = this.statements.keyIdsOf.all(personId).map((r) => r.key_id);
    ids.forEach((id) => this.cache.delete(id));
    this.currentKeys.delete(personId);
    const { changes } = this.statements.deleteKeys.run(personId);
    this.db.exec('VACUUM');
    return changes;
  }

  async assignSubject(streamId: string, personId: string): Promise<void> {
    if (this.subjects.get(streamId) === personId) return;
    this.statements.assign.run(streamId, personId);
    this.subjects.set(streamId, personId);
  }

  async subjectOf(streamId: string): Promise<string | null> {
    const cached = this.subjects.get(streamId);
    if (cached) return cached;
    const person = this.statements.subject.get(streamId)?.person_id ?? null;
    if (person) this.subjects.set(streamId, person);
    return person;
  }

  async recordCopy(streamId: string, personId: string): Promise<void> {
    const pair = `${personId} ${streamId}`;
    if (this.copies.get(pair)) return;
    this.statements.copy.run(personId, streamId);
    this.copies.set(pair, true);
  }

  async streamsOf(personId: string): Promise<string[]> {
    return this.statements.streams.all(personId, personId).map((r) => r.stream_id);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
