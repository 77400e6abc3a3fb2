import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { NewEvent } from '@candor/contracts';
import { Projection, ProjectionRunner } from '@candor/application';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { ProjectorHealthTracker, projectorHealthConfigFromEnv, startProjectorHealthServer } from './projector-health-server';

const counter: Projection = {
  name: 'counter',
  collection: 'counters',
  eventTypes: ['Counted'],
  documentIds: () => ['all'],
  evolve: (doc, e) => ({ _id: 'all', n: ((doc as { n?: number } | null)?.n ?? 0) + 1, _position: e.position }),
};

function counted(): NewEvent {
  return {
    id: randomUUID(),
    type: 'Counted',
    data: {},
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}

async function health(port: number, path = '/health'): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the projector health endpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-projector-health-'));
  const events = new SqliteEventStore(join(dir, 'events.sqlite'));
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(events, store, [counter], { log: () => undefined, error: () => undefined });
  let clock = 1_000_000;
  let running = true;
  let server: { port: number; close(): Promise<void> };

  beforeAll(async () => {
    server = await startProjectorHealthServer(
      { position: () => runner.position, head: () => events.headPosition(), running: () => running },
      { port: 0, host: '127.0.0.1', maxLagMs: 30_000 },
      new ProjectorHealthTracker(30_000, () => clock),
    );
  });

  afterAll(async () => {
    await runner.stop();
    await server.close();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given events the projector has not applied, reports the lag, and 503 once it has lagged longer than allowed', async () => {
    for (let i = 0; i < 3; i += 1) await events.append('counter-1', [counted()], 'any');

    const fresh = await health(server.port);
    expect(fresh).toEqual({ status: 200, body: { status: 'ok', position: '', head: await events.headPosition(), lag: 3, behind_ms: 0 } });

    clock += 31_000;
    const late = await health(server.port);
    expect(late.status).toBe(503);
    expect(late.body).toMatchObject({ status: 'lagging', lag: 3, behind_ms: 31_000 });
  });

  it('when the running projector has caught up, reports lag 0 and 200', async () => {
    await runner.start();
    expect(await runner.catchUp(10_000)).toBe(true);
    const head = await events.headPosition();
    expect(await health(server.port)).toEqual({ status: 200, body: { status: 'ok', position: head, head, lag: 0, behind_ms: 0 } });
  });

  it('when the projector has stopped, answers 503 stopped', async () => {
    running = false;
    const stopped = await health(server.port);
    expect(stopped.status).toBe(503);
    expect(stopped.body).toMatchObject({ status: 'stopped', lag: 0 });
    running = true;
  });

  it('serves nothing else', async () => {
    expect(await health(server.port, '/other')).toEqual({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'only GET /health is served here' } } });
  });
});

describe('projector health configuration', () => {
  it('defaults to port 8001 and 60 s of allowed lag; 0 turns the server off', () => {
    expect(projectorHealthConfigFromEnv({})).toEqual({ port: 8001, host: '0.0.0.0', maxLagMs: 60_000 });
    expect(projectorHealthConfigFromEnv({ PROJECTOR_HEALTH_PORT: '0', PROJECTOR_HEALTH_MAX_LAG_SECONDS: '5' })).toMatchObject({ port: 0, maxLagMs: 5_000 });
  });

  it('refuses a value that is not a non-negative integer', () => {
    expect(() => projectorHealthConfigFromEnv({ PROJECTOR_HEALTH_PORT: 'eighty' })).toThrow('PROJECTOR_HEALTH_PORT must be a non-negative integer, got "eighty"');
    expect(() => projectorHealthConfigFromEnv({ PROJECTOR_HEALTH_MAX_LAG_SECONDS: '-1' })).toThrow('PROJECTOR_HEALTH_MAX_LAG_SECONDS');
  });
});
