import { createServer, Server } from 'node:http';
import { LogPosition } from '@candor/contracts';

/**
 * The projector process's health endpoint (GET /health): asks the running projector how far it has got
 * next to the log head, so a container health check needs no new process. 200 while the projector runs and
 * is caught up, or has been behind for less than `maxLagMs`; 503 when it stopped or has lagged longer.
 */
export interface ProjectorProbe {
  /** The position every projection has applied (the runner's position). */
  position(): LogPosition;
  /** The log's last position. */
  head(): Promise<LogPosition>;
  running(): boolean;
}

export interface ProjectorHealthConfig {
  /** 0 = no health server. */
  readonly port: number;
  readonly host: string;
  readonly maxLagMs: number;
}

export interface ProjectorHealthReport {
  readonly status: 'ok' | 'lagging' | 'stopped';
  readonly position: LogPosition;
  readonly head: LogPosition;
  /** Head minus position in the log's own unit (events for SQLite, log bytes for EventStoreDB). */
  readonly lag: number;
  /** How long the projector has been behind the head (0 when caught up). */
  readonly behind_ms: number;
}

export function projectorHealthConfigFromEnv(env: NodeJS.ProcessEnv): ProjectorHealthConfig {
  return {
    port: nonNegativeInteger(env.PROJECTOR_HEALTH_PORT, 8001, 'PROJECTOR_HEALTH_PORT'),
    host: env.PROJECTOR_HEALTH_HOST || '0.0.0.0',
    maxLagMs: nonNegativeInteger(env.PROJECTOR_HEALTH_MAX_LAG_SECONDS, 60, 'PROJECTOR_HEALTH_MAX_LAG_SECONDS') * 1000,
  };
}

/** Tracks since when the projector is behind, and turns one observation into a report. */
export class ProjectorHealthTracker {
  private caughtUpAt: number;

  constructor(
    private readonly maxLagMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.caughtUpAt = now();
  }

  report(position: LogPosition, head: LogPosition, running: boolean): ProjectorHealthReport {
    const at = this.now();
    const lag = positionDistance(position, head);
    if (lag === 0) this.caughtUpAt = at;
    const behindMs = lag === 0 ? 0 : at - this.caughtUpAt;
    const status = !running ? 'stopped' : behindMs > this.maxLagMs ? 'lagging' : 'ok';
    return { status, position, head, lag, behind_ms: behindMs };
  }
}

/** Log positions are zero-padded decimal strings ('' before the first event). */
function positionDistance(position: LogPosition, head: LogPosition): number {
  const distance = BigInt(head || '0') - BigInt(position || '0');
  return distance > 0n ? Number(distance) : 0;
}

export async function startProjectorHealthServer(
  probe: ProjectorProbe,
  config: ProjectorHealthConfig,
  tracker = new ProjectorHealthTracker(config.maxLagMs),
): Promise<{ readonly port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' || path !== '/health') {
      send(404, { error: { code: 'NOT_FOUND', message: 'only GET /health is served here' } });
      return;
    }
    probe.head().then(
      (head) => {
        const report = tracker.report(probe.position(), head, probe.running());
        send(report.status === 'ok' ? 200 : 503, report);
      },
      (error: Error) => send(503, { status: 'event_store_unreachable', error: error.message }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function nonNegativeInteger(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}
