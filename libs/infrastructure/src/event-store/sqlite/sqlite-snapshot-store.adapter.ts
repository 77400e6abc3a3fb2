import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import Database from 'better-sqlite3';
import { SnapshotStore, StoredSnapshot } from '@candor/application';

interface SnapshotRow {
  version: number;
  state: Buffer;
}

/**
 * Aggregate snapshots beside the events: a `snapshots` table of the event log's SQLite file, one row per
 * stream and fold version (the latest), on a connection of its own. The state is stored with V8's structured serialization
 * (Dates, Maps and Sets survive). Losing a snapshot only costs a longer fold, so its commits skip the fsync
 * the events get (`synchronous = NORMAL`; WAL keeps the file consistent either way).
 */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly db: Database.Database;
  private readonly statements: {
    read: Database.Statement<[string, string], SnapshotRow>;
    write: Database.Statement<[string, string, number, Buffer, string]>;
    delete: Database.Statement<[string]>;
  };

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // A deleted snapshot (an erasure) is overwritten on disk, not only unlinked from the b-tree.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS snapshots (
        stream_id  TEXT    NOT NULL,
        key        TEXT    NOT NULL,
        version    INTEGER NOT NULL,
        state      BLOB    NOT NULL,
        written_at TEXT    NOT NULL,
        PRIMARY KEY (stream_id, key)
      );
    `);
    this.statements = {
      read: this.db.prepare('SELECT version, state FROM snapshots WHERE stream_id = ? AND key = ?'),
      write: this.db.prepare(
        `INSERT INTO snapshots (stream_id, key, version, state, written_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (stream_id, key) DO UPDATE SET version = excluded.version,
           state = excluded.state, written_at = excluded.written_at`,
      ),
      delete: this.db.prepare('DELETE FROM snapshots WHERE stream_id = ?'),
    };
  }

  async read(streamId: string, key: string): Promise<StoredSnapshot | null> {
    const row = this.statements.read.get(streamId, key);
    return row ? { version: row.version, state: deserialize(row.state) } : null;
  }

  async write(streamId: string, key: string, snapshot: StoredSnapshot): Promise<void> {
    this.statements.write.run(streamId, key, snapshot.version, serialize(snapshot.state), new Date().toISOString());
  }

  async delete(streamId: string): Promise<void> {
    this.statements.delete.run(streamId);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
