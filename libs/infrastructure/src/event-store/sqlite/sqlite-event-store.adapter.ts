import { closeSync, openSync, statfsSync, unlinkSync } from 'node:fs';
import { DomainError } from '@candor/domain';
import { dirname, join } from 'node:path';
import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import { eventHash, GENESIS_HASH, LogPosition, NewEvent, RecordedEvent, START_POSITION } from '@candor/contracts';
import {
  AppendResult,
  ConcurrencyError,
  EventStore,
  ExpectedVersion,
  LruMap,
  ReadAllOptions,
  ReadStreamOptions,
  Subscription,
} from '@candor/application';
import { LiveSubscription } from '../live-subscription';
import { openPrivateDatabase } from '../../sqlite/open-private-database';
import { checkpointAndClose } from '../../sqlite/checkpoint-and-close';
import { BatchOutcome, EventRowValues, PreparedAppend, SqliteAppendWriter, WriterError } from './sqlite-append-writer';
import { RawEventRow, RecentEvents } from './recent-events';

interface EventRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
  hash: string;
  previous_hash: string;
}

/** The columns of EventRow, in this order: reads fetch rows as arrays (no row object per event, see RawEventRow). */
const EVENT_COLUMNS = 'position, id, stream_id, revision, type, data, metadata, recorded_at, hash, previous_hash';

/** SQLite's codes for a disk that refuses writes. */
const STORAGE_FAILURES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/;
/** Below this much free space a commit may fail half-way: report the store down before it does. */
const MIN_FREE_BYTES = 1024 * 1024;
const POSITION_WIDTH = 20;
const READ_BATCH = 1000;
/** Other processes may append to the same file: the subscription also polls at this pace. */
const POLL_MS = 250;
/** An append rolled back by a constraint (another process wrote first) is prepared again this many times. */
const MAX_RETRIES = 3;
/** Streams whose last revision and hash (as this store committed them) are kept, so an append need not read them. */
const KNOWN_TAILS_MAX = 10_000;
/** Rows committed last kept for the subscriptions (see RecentEvents): a few batches of appends. */
const RECENT_EVENTS_MAX = 4 * READ_BATCH;

export function formatSqlitePosition(position: number): LogPosition {
  return position === 0 ? START_POSITION : String(position).padStart(POSITION_WIDTH, '0');
}

export function parseSqlitePosition(position: LogPosition): number {
  if (position === START_POSITION) return 0;
  if (!/^\d+$/.test(position)) throw new Error(`Not a SQLite log position: ${position}`);
  return Number(position);
}

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedVersion;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
  retries: number;
  /** Look its event ids up before writing: it collided with stored rows once (an idempotent retry, most likely). */
  checkIds: boolean;
}

/** The last event of a stream: what the next append checks its expected version against and chains its hash to. */
interface StreamTail {
  readonly revision: number;
  readonly hash: string;
}

/** An append of the batch being prepared: its rows and the version it leads to. */
interface WritingAppend {
  readonly request: PendingAppend;
  readonly prepared: PreparedAppend;
  readonly nextVersion: number;
}

/**
 * The embedded event store: one SQLite file under DATA_DIR, WAL, synchronous = FULL.
 * The global position is the row id; (stream_id, revision) and the event id are unique.
 *
 * Group commit: appends requested while a commit is on its way to disk (or in the same turn of the event
 * loop) are committed together in the next transaction (one fsync), each inside its own savepoint, so one
 * append's refusal rolls back only that append. The commits run in a worker thread (SqliteAppendWriter), so
 * the event loop serves requests while the disk syncs; one commit at a time, so this connection prepares
 * each batch (versions, idempotent retries, the hash chain) against everything committed before it. Every
 * append resolves only after the commit that holds it is on disk.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly subscriptions = new Set<LiveSubscription>();
  private readonly statements: {
    tail: Database.Statement<[string], { revision: number; hash: string }>;
    byId: Database.Statement<[string], { position: number; stream_id: string; revision: number }>;
    forwards: Database.Statement<[string, number, number], RawEventRow>;
    backwards: Database.Statement<[string, number, number], RawEventRow>;
    allForwards: Database.Statement<[number, number], RawEventRow>;
    allBackwards: Database.Statement<[number, number], RawEventRow>;
    head: Database.Statement<[], { p: number | null }>;
  };
  /** Started by the first append: a process that only reads the log (the projector, the audit CLI) has none. */
  private writer: SqliteAppendWriter | null = null;
  private closed = false;
  private pending: PendingAppend[] = [];
  /** The commit on its way to disk, if any: the next batch is prepared after it. */
  private committing: Promise<void> | null = null;
  private flushScheduled = false;
  /** The SQLite code of the last commit the disk refused, until a commit succeeds again. */
  private writeFailure: string | null = null;
  /**
   * The tails this store committed last. Another process may have appended since: an append that relies on a tail
   * behind the log collides with the stored revision (then the tail goes and the append is prepared again), and
   * an expected version a known tail does not meet is checked against the file before it is refused.
   */
  private readonly knownTails = new LruMap<string, StreamTail>(KNOWN_TAILS_MAX);
  private readonly recent = new RecentEvents(RECENT_EVENTS_MAX);

  constructor(readonly file: string) {
    // The log holds every fact of every user (password hashes included): owner-only, WAL and index too.
    this.db = openPrivateDatabase(file, 'WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        position    INTEGER PRIMARY KEY AUTOINCREMENT,
        id          TEXT    NOT NULL UNIQUE,
        stream_id   TEXT    NOT NULL,
        revision    INTEGER NOT NULL,
        type        TEXT    NOT NULL,
        data        TEXT    NOT NULL,
        metadata    TEXT    NOT NULL,
        recorded_at TEXT    NOT NULL,
        UNIQUE (stream_id, revision)
      );
    `);
    this.addHashColumns();
    this.appended.setMaxListeners(0);
    this.statements = {
      tail: this.db.prepare('SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1'),
      byId: this.db.prepare('SELECT position, stream_id, revision FROM events WHERE id = ?'),
      forwards: this.db
        .prepare<[string, number, number], RawEventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`)
        .raw(true),
      backwards: this.db
        .prepare<[string, number, number], RawEventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`)
        .raw(true),
      allForwards: this.db.prepare<[number, number], RawEventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`).raw(true),
      allBackwards: this.db.prepare<[number, number], RawEventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position < ? ORDER BY position DESC LIMIT ?`).raw(true),
      head: this.db.prepare('SELECT MAX(position) AS p FROM events'),
    };
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, events, expected, resolve, reject, retries: 0, checkIds: false });
      // The appends of this turn of the event loop go together; while a commit is in flight, it takes them next.
      if (!this.committing && !this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  /** Commits what is pending, batch after batch, until nothing is (one commit in flight at a time). */
  private flush(): Promise<void> {
    if (this.committing || this.pending.length === 0) return this.committing ?? Promise.resolve();
    const commit = this.commitPending().finally(() => {
      this.committing = null;
      if (this.pending.length > 0) void this.flush();
    });
    this.committing = commit;
    return commit;
  }

  /** Prepares every append queued so far, commits them in one transaction, then answers each (see the class comment). */
  private async commitPending(): Promise<void> {
    const writing: WritingAppend[] = [];
    const batch = this.pending;
    this.pending = [];
    const tails = new Map<string, StreamTail>();
    const ids = new Set<string>();
    for (const request of batch) {
      // An event id already in this batch: its position is known only after the commit, so the append waits for the next.
      if (request.events.some((e) => ids.has(e.id))) {
        this.pending.push(request);
        continue;
      }
      try {
        const prepared = this.prepare(request, tails);
        if ('result' in prepared) request.resolve(prepared.result);
        else {
          prepared.rows.forEach((row) => ids.add(row[0]));
          writing.push({ request, prepared: { streamId: request.streamId, rows: prepared.rows }, nextVersion: prepared.nextVersion });
        }
      } catch (error) {
        request.reject(error);
      }
    }
    if (writing.length === 0) return;
    let outcome: BatchOutcome;
    try {
      // A writer that died (its thread crashed) is replaced: the next batch gets a fresh connection.
      if (!this.writer?.alive) this.writer = new SqliteAppendWriter(this.file);
      outcome = await this.writer.write(writing.map((w) => w.prepared));
    } catch (error) {
      outcome = { failure: { code: (error as { code?: string }).code, message: (error as Error).message } };
    }
    if ('failure' in outcome) {
      // The commit itself failed (disk full, I/O error): nothing of the batch is stored.
      const refusal = this.storageRefusal(writerError(outcome.failure));
      writing.forEach((w) => {
        this.knownTails.delete(w.request.streamId);
        w.request.reject(refusal);
      });
      return;
    }
    this.writeFailure = null;
    const committed: RawEventRow[] = [];
    writing.forEach((w, i) => {
      const result = outcome.outcomes[i];
      if ('position' in result) {
        const rows = w.prepared.rows;
        // An append's rows are inserted one after the other: the last one has the position the writer answered.
        rows.forEach((row, r) => committed.push([result.position - rows.length + 1 + r, ...row]));
        this.knownTails.set(w.request.streamId, { revision: w.nextVersion, hash: rows[rows.length - 1][7] });
        w.request.resolve({ nextVersion: w.nextVersion, position: formatSqlitePosition(result.position) });
        return;
      }
      // Rolled back: what the file holds for the stream is read again.
      this.knownTails.delete(w.request.streamId);
      if ('skipped' in result || (result.error.code?.startsWith('SQLITE_CONSTRAINT') && w.request.retries < MAX_RETRIES)) {
        // Its stream moved under it (another process wrote, or an earlier append of the batch failed) or one of its
        // events is already stored: prepared again, its ids looked up this time.
        w.request.retries += 1;
        w.request.checkIds ||= !('skipped' in result);
        this.pending.push(w.request);
      } else w.request.reject(this.storageRefusal(writerError(result.error)));
    });
    this.recent.add(committed);
    if (committed.length > 0) this.appended.emit('appended');
  }

  /**
   * One append checked against the log as committed plus the appends prepared before it in this batch (`tails`):
   * an idempotent retry answers at once, a wrong expected version throws, anything else becomes rows.
   *
   * The event ids are looked up only when the expected version does not hold (a late retry is a no-op, not a
   * conflict) or when the append already collided with stored rows: otherwise the ids' unique index answers,
   * at the insert, for the rare retry whose version still holds, and it is prepared again with the lookups.
   */
  private prepare(
    request: PendingAppend,
    tails: Map<string, StreamTail>,
  ): { result: AppendResult } | { rows: EventRowValues[]; nextVersion: number } {
    const { streamId, events, expected } = request;
    const tail = tails.get(streamId) ?? this.committedTail(streamId, expected);
    const current = tail?.revision ?? 0;
    let fresh: readonly NewEvent[] = events;
    if (request.checkIds || !expectationHolds(expected, current)) {
      const unstored: NewEvent[] = [];
      let lastStored: { position: number } | undefined;
      for (const event of events) {
        const stored = this.statements.byId.get(event.id);
        if (stored) lastStored = stored;
        else unstored.push(event);
      }
      if (unstored.length === 0) {
        return { result: { nextVersion: current, position: formatSqlitePosition(lastStored?.position ?? 0) } };
      }
      fresh = unstored;
    }
    if (!expectationHolds(expected, current)) throw new ConcurrencyError(streamId, expected, current);
    const recordedAt = new Date().toISOString();
    let previousHash = tail?.hash ?? GENESIS_HASH;
    const rows = fresh.map((event, i): EventRowValues => {
      const data = JSON.stringify(event.data);
      const metadata = JSON.stringify(event.metadata);
      const revision = current + i + 1;
      // The hash covers the stored text as it will be read back, not the in-memory objects.
      const hash = eventHash({ type: event.type, data: JSON.parse(data), metadata: JSON.parse(metadata), streamId, revision, previousHash });
      const row: EventRowValues = [event.id, streamId, revision, event.type, data, metadata, recordedAt, hash, previousHash];
      previousHash = hash;
      return row;
    });
    tails.set(streamId, { revision: current + fresh.length, hash: previousHash });
    return { rows, nextVersion: current + fresh.length };
  }

  /** The stream's tail in the file: as this store last committed it when it meets the expectation, else read. */
  private committedTail(streamId: string, expected: ExpectedVersion): StreamTail | undefined {
    const known = this.knownTails.get(streamId);
    if (known && expectationHolds(expected, known.revision)) return known;
    return this.statements.tail.get(streamId);
  }

  /** Files written before events were hashed get the columns, and their events their chain, once. */
  private addHashColumns(): void {
    const columns = this.db.prepare('PRAGMA table_info(events)').all() as { name: string }[];
    if (columns.some((c) => c.name === 'hash')) return;
    this.db.transaction(() => {
      this.db.exec("ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT ''");
      this.db.exec("ALTER TABLE events ADD COLUMN previous_hash TEXT NOT NULL DEFAULT ''");
      const update = this.db.prepare('UPDATE events SET hash = ?, previous_hash = ? WHERE position = ?');
      const page = this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?');
      const last = new Map<string, string>();
      for (let rows = page.all(0, READ_BATCH) as EventRow[]; rows.length > 0; rows = page.all(rows[rows.length - 1].position, READ_BATCH) as EventRow[]) {
        for (const row of rows) {
          const previousHash = last.get(row.stream_id) ?? GENESIS_HASH;
          const hash = eventHash({
            type: row.type,
            data: JSON.parse(row.data),
            metadata: JSON.parse(row.metadata),
            streamId: row.stream_id,
            revision: row.revision,
            previousHash,
          });
          update.run(hash, previousHash, row.position);
          last.set(row.stream_id, hash);
        }
      }
    })();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.forwards.all(streamId, options.fromRevision ?? 1, limit);
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (options.direction === 'backwards') {
      const before = options.after ? parseSqlitePosition(options.after) : Number.MAX_SAFE_INTEGER;
      return this.statements.allBackwards.all(before, limit).map(toRecorded);
    }
    return this.statements.allForwards.all(parseSqlitePosition(options.after ?? START_POSITION), limit).map(toRecorded);
  }

  subscribeToAll(after: LogPosition): Subscription {
    /** Whether the file is to be read for what other processes appended (at the start, then at every poll). */
    let poll = true;
    const subscription = new LiveSubscription(
      after,
      (from) => {
        const position = parseSqlitePosition(from);
        // The tail a commit of this store just woke it for, as a read would return it, without the read.
        const kept = this.recent.after(position, READ_BATCH);
        if (kept) return Promise.resolve(kept.map(toRecorded));
        // Nothing after this store's last commit, but for what another process appended since: left to the poll.
        if (!poll && this.recent.endsAt(position)) return Promise.resolve([]);
        poll = false;
        return this.readAll({ after: from, maxCount: READ_BATCH });
      },
      (wake) => {
        this.appended.on('appended', wake);
        const timer = setInterval(() => {
          poll = true;
          wake();
        }, POLL_MS);
        timer.unref();
        return () => {
          this.appended.off('appended', wake);
          clearInterval(timer);
        };
      },
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<LogPosition> {
    return formatSqlitePosition(this.statements.head.get()?.p ?? 0);
  }

  /** Down when reads fail, and also when writes cannot succeed: a read-only or full disk, or a failed last commit. */
  async health() {
    try {
      this.db.prepare('SELECT 1').get();
      const cannotWrite = this.writeProblem();
      if (cannotWrite) return { status: 'down' as const, adapter: 'sqlite', detail: `${this.file}: ${cannotWrite}` };
      return { status: 'up' as const, adapter: 'sqlite', detail: this.file };
    } catch (error) {
      return { status: 'down' as const, adapter: 'sqlite', detail: (error as Error).message };
    }
  }

  private writeProblem(): string | null {
    if (this.file === ':memory:') return null;
    const dir = dirname(this.file);
    // Creating a file, not access(W_OK): a disk the kernel turned read-only after an error still passes access().
    const probe = join(dir, `.write-probe-${process.pid}`);
    try {
      closeSync(openSync(probe, 'w', 0o600));
      unlinkSync(probe);
    } catch (error) {
      return `the directory is not writable (${(error as NodeJS.ErrnoException).code})`;
    }
    const disk = statfsSync(dir);
    if (disk.bavail * disk.bsize < MIN_FREE_BYTES) return 'the disk is full';
    return this.writeFailure ? `the last commit failed: ${this.writeFailure}` : null;
  }

  /** A commit the disk refused (full, read-only, I/O error) is the platform's failure: 503, and /health says down. */
  private storageRefusal(error: unknown): unknown {
    const code = (error as { code?: unknown })?.code;
    if (typeof code !== 'string' || !STORAGE_FAILURES.test(code)) return error;
    this.writeFailure = code;
    return new DomainError('EVENT_STORE.UNAVAILABLE', 'The event store cannot write right now (disk full or read-only); nothing was stored, try again later', 'unavailable');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Appends requested before close are committed (and answered) first.
    while (this.committing || this.pending.length > 0) await this.flush();
    await this.writer?.close();
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    checkpointAndClose(this.db);
  }
}

function expectationHolds(expected: ExpectedVersion, current: number): boolean {
  return (
    expected === 'any' ||
    (expected === 'no_stream' && current === 0) ||
    (expected === 'stream_exists' && current > 0) ||
    expected === current
  );
}

/** The writer's report of a SQLite error, as an error carrying its code (see storageRefusal). */
function writerError(error: WriterError): Error {
  return Object.assign(new Error(error.message), { code: error.code });
}

function toRecorded([position, id, streamId, revision, type, data, metadata, recordedAt, hash, previousHash]: RawEventRow): RecordedEvent {
  return {
    id,
    streamId,
    revision,
    position: formatSqlitePosition(position),
    type,
    data: JSON.parse(data),
    metadata: JSON.parse(metadata),
    recordedAt,
    hash,
    previousHash,
  };
}
