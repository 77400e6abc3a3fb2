import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { NewEvent } from '@candor/contracts';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { BenchRow, log, row, summarize } from './bench-table';

function event(i: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'MessageRecorded',
    data: { message_id: randomUUID(), sender: 'candidate', content: `answer number ${i} with some words in it` },
    metadata: { correlationId: randomUUID(), causationId: null, userId: 'u-1', timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}

/**
 * Appends through the event-store port (expected-version check, idempotency lookup, one transaction each)
 * against raw better-sqlite3 inserts of the same rows with the same durability (WAL, synchronous=FULL).
 */
export async function runEventAppendBench(seconds: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-append-'));
  try {
    const store = new SqliteEventStore(join(dir, 'port.sqlite'));
    const portLatencies: number[] = [];
    const versions = new Map<string, number>();
    const until = Date.now() + seconds * 1000;
    let i = 0;
    while (Date.now() < until) {
      const stream = `interview-${i % 100}`;
      const version = versions.get(stream) ?? 0;
      const t0 = process.hrtime.bigint();
      await store.append(stream, [event(i)], version === 0 ? 'no_stream' : version);
      portLatencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      versions.set(stream, version + 1);
      i += 1;
    }
    await store.close();
    const port = summarize(portLatencies);
    log(`event-append: port ${port.count} appends in ${seconds}s`);

    const db = new Database(join(dir, 'raw.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
      revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL,
      UNIQUE (stream_id, revision))`);
    const insert = db.prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const rawLatencies: number[] = [];
    const rawVersions = new Map<string, number>();
    const rawUntil = Date.now() + seconds * 1000;
    let j = 0;
    while (Date.now() < rawUntil) {
      const stream = `interview-${j % 100}`;
      const revision = (rawVersions.get(stream) ?? 0) + 1;
      const e = event(j);
      const t0 = process.hrtime.bigint();
      insert.run(e.id, stream, revision, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), new Date().toISOString());
      rawLatencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      rawVersions.set(stream, revision);
      j += 1;
    }
    db.close();
    const raw = summarize(rawLatencies);
    log(`event-append: raw ${raw.count} inserts in ${seconds}s`);
    return [
      row('event append', 'appends/s', port.count / seconds, 'ops/s', 'raw better-sqlite3 insert', raw.count / seconds),
      row('event append', 'p50 latency', port.p50, 'ms', 'raw better-sqlite3 insert', raw.p50),
      row('event append', 'p99 latency', port.p99, 'ms', 'raw better-sqlite3 insert', raw.p99),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
