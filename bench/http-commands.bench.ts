import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fastify, { FastifyInstance } from 'fastify';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { startTestApp, UNCHECKED_RESPONSES } from '../test/support/test-app';
import { BenchRow, log, row } from './bench-table';
import { call, createInterviews, recruiterToken } from './bench-client';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  /** CPU time of this process (the server, its worker threads included) per answered request, in µs. */
  cpuPerRequestUs?: number;
}

const root = resolve(__dirname, '..');

/** Runs the load from a separate process (bench/load.child.ts), so the server under test has its cores to itself. */
function load(url: string, paths: string[], seconds: number, token?: string): Promise<CannonResult> {
  return new Promise((resolvePromise, reject) => {
    const spec = JSON.stringify({ url, paths, connections: 32, seconds, token });
    execFile(process.execPath, ['-r', './test/support/ts-register.js', 'bench/load.child.ts', spec], { cwd: root, maxBuffer: 64 * 2 ** 20 }, (error, stdout) =>
      error ? reject(error) : resolvePromise(JSON.parse(stdout.trim().split('\n').pop()!) as CannonResult),
    );
  });
}

/**
 * Commands through HTTP: PUT /api/v1/interviews/{id} (decide, append, wait for the projections) spread over many
 * interviews by 32 connections from a separate process, against two bare Fastify routes in the same run: one
 * answering the same body (the framework limit), one that also appends the same row durably to SQLite (WAL,
 * synchronous = FULL, group commit: the storage limit).
 */
export async function runHttpCommandBench(seconds: number): Promise<BenchRow[]> {
  const app = await startTestApp({ LOG_LEVEL: 'error' }, undefined, UNCHECKED_RESPONSES);
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-http-'));
  let closed = false;
  try {
    const token = await recruiterToken(app.url, 'bench-http@example.com');
    const ids = await createInterviews(app.url, token, 200);
    const sample = await call(`${app.url}/api/v1/interviews/${ids[0]}`, 'PUT', { title: 'warm-up' }, token);
    log(`http: ${ids.length} interviews ready; sample answer ${sample.status}`);
    const paths = ids.map((id) => `/api/v1/interviews/${id}`);
    const result = await measured(() => load(app.url, paths, seconds, token));
    log(`http: commands ${result.requests.total} (${result.non2xx} non-2xx, ${result.errors} errors), ${result.cpuPerRequestUs} µs CPU each`);
    await app.close();
    closed = true;

    const body = sample.body;
    const bare = Fastify();
    bare.put('/api/v1/interviews/:id', async () => body);
    const baseline = await measureBare(bare, paths, seconds);
    log(`http: bare fastify ${baseline.requests.total}, ${baseline.cpuPerRequestUs} µs CPU each`);

    const events = new SqliteEventStore(join(dir, 'events.sqlite'));
    const durable = Fastify();
    durable.put<{ Params: { id: string }; Body: Record<string, unknown> }>('/api/v1/interviews/:id', async (req) => {
      await events.append(req.params.id, [{ id: randomUUID(), type: 'InterviewUpdated', data: req.body, metadata: { correlationId: randomUUID(), causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 } }], 'any');
      return body;
    });
    const appending = await measureBare(durable, paths, seconds);
    await events.close();
    log(`http: bare fastify + durable SQLite append ${appending.requests.total}, ${appending.cpuPerRequestUs} µs CPU each`);

    const note = result.non2xx ? `${result.non2xx} non-2xx answers` : 'load from a separate process, 32 connections';
    return [
      row('HTTP commands', 'commands/s', result.requests.average, 'req/s', 'bare Fastify, same body', baseline.requests.average, note),
      row('HTTP commands', 'commands/s', result.requests.average, 'req/s', 'bare Fastify + durable SQLite append', appending.requests.average),
      row('HTTP commands', 'p50 latency', result.latency.p50, 'ms', 'bare Fastify, same body', baseline.latency.p50),
      row('HTTP commands', 'p99 latency', result.latency.p99, 'ms', 'bare Fastify, same body', baseline.latency.p99),
      row('HTTP commands', 'p99 latency', result.latency.p99, 'ms', 'bare Fastify + durable SQLite append', appending.latency.p99),
      // what a command costs the server, whatever else the machine runs meanwhile
      row('HTTP commands', 'server CPU per command', result.cpuPerRequestUs!, 'µs', 'bare Fastify + durable SQLite append', appending.cpuPerRequestUs!),
    ];
  } finally {
    if (!closed) await app.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The load's result with this process's CPU time (user + system) per answered request. */
async function measured(run: () => Promise<CannonResult>): Promise<CannonResult> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { ...result, cpuPerRequestUs: Math.round((used.user + used.system) / Math.max(1, result.requests.total)) };
}

async function measureBare(server: FastifyInstance, paths: string[], seconds: number): Promise<CannonResult> {
  await server.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = server.server.address() as { port: number };
    return await measured(() => load(`http://127.0.0.1:${address.port}`, paths, seconds));
  } finally {
    await server.close();
  }
}
