import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  EVENT_STORE,
  EventStore,
  JOB_QUEUE,
  JobQueue,
  LIVEKIT,
  LiveKitPort,
  MAILER,
  Mailer,
  PROJECTION_RUNNER,
  ProjectionRunner,
  READ_STORE,
  ReadStore,
} from '@candor/application';
import { SANDBOX, Sandbox } from '@candor/application/ports/sandbox.port';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { HealthResponseDto } from './health.dto';
import { onPath, probeTcp, withTimeout } from './dependency-probes';
import { DetailedDependencyDto, SystemHealthDto } from './system-health.dto';

const CHECK_TIMEOUT_MS = 3000;
type State = { status: 'up' | 'down'; adapter: string; detail?: string };

/** How long GET /health waits for the sandbox's state (known after its first check) before leaving it out. */
const SANDBOX_WAIT_MS = 100;

/** Each dependency's state: the short form for `GET /health`, the detailed one (latencies, every port) for admins. */
@Injectable()
export class HealthService {
  private readonly started = Date.now();

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(LIVEKIT) private readonly liveKitRooms: LiveKitPort,
    @Optional() @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
  ) {}

  /** Public: no filesystem paths and no error text (an anonymous caller learns states, not the host's layout). */
  async basic(): Promise<HealthResponseDto> {
    const [eventStore, readStore, head, sandbox] = await Promise.all([
      this.events.health(),
      this.readStore.health(),
      this.events.headPosition().catch(() => null),
      // The sandbox's first check takes seconds (it probes bubblewrap and the runtimes): /health does not wait for it.
      Promise.race([this.sandbox.status().catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), SANDBOX_WAIT_MS))]),
    ]);
    const down = [eventStore, readStore].some((d) => d.status === 'down');
    return {
      status: down ? 'degraded' : 'ok',
      mode: this.mode(),
      dependencies: {
        event_store: { status: eventStore.status, adapter: eventStore.adapter },
        read_store: { status: readStore.status, adapter: readStore.adapter },
        projector: this.projector(head),
        ...(sandbox ? { sandbox: { status: sandbox.available ? 'up' : 'down', adapter: 'local', ...(sandbox.limits ? { detail: sandbox.limits } : {}) } } : {}),
      },
      timestamp: new Date().toISOString(),
    };
  }

  async detailed(): Promise<SystemHealthDto> {
    const head = await this.events.headPosition().catch(() => null);
    const checks: Record<string, Promise<DetailedDependencyDto>> = {
      event_store: timed('event store', () => this.events.health()),
      read_store: timed('read store', () => this.readStore.health()),
      projector: Promise.resolve({ ...this.projector(head), latency_ms: null }),
      job_queue: timed('job queue', () => this.queue.health()),
      sandbox: timed('sandbox', async () => {
        const s = await this.sandbox.status();
        return { status: s.available ? (s.isolated ? 'up' : 'degraded') : 'down', adapter: 'local', detail: s.detail } as const;
      }),
      livekit: this.liveKit(),
      mail: this.mail(),
      speech_tts: this.speech('tts'),
      speech_stt: this.speech('stt'),
    };
    const names = Object.keys(checks);
    const results = await Promise.all(Object.values(checks));
    const dependencies = Object.fromEntries(names.map((n, i) => [n, results[i]]));
    const coreDown = dependencies.event_store.status === 'down' || dependencies.read_store.status === 'down';
    return {
      status: coreDown ? 'down' : results.every((r) => r.status === 'up') ? 'ok' : 'degraded',
      mode: this.mode(),
      uptime_seconds: Math.round((Date.now() - this.started) / 1000),
      dependencies,
      timestamp: new Date().toISOString(),
    };
  }

  private mode(): 'embedded' | 'production' {
    return this.config.eventStoreUrl || this.config.mongoUrl ? 'production' : 'embedded';
  }

  private projector(head: string | null): State {
    return this.runner
      ? { status: 'up', adapter: 'in-process', detail: `position ${this.runner.position || '0'} of ${head || '0'}` }
      : { status: 'up', adapter: 'external', detail: 'runs as its own process (npm run start:projector)' };
  }

  private liveKit(): Promise<DetailedDependencyDto> {
    const lk = this.config.liveKit;
    const devKeys = !this.liveKitRooms.acceptsWebhooks;
    const keys = devKeys ? 'development key pair, webhooks refused (set LIVEKIT_API_KEY/LIVEKIT_API_SECRET)' : 'own key pair';
    if (!lk.host) {
      return Promise.resolve({
        status: devKeys ? 'degraded' : 'up',
        adapter: 'livekit',
        latency_ms: null,
        detail: `clients connect to ${lk.url}; no room service (LIVEKIT_HOST unset): tokens only; ${keys}`,
      });
    }
    const url = new URL(lk.host);
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    return timed('LiveKit', async () => {
      await probeTcp(url.hostname, port, CHECK_TIMEOUT_MS);
      return { status: devKeys ? 'degraded' : 'up', adapter: 'livekit', detail: `room service ${url.origin} reachable; ${keys}` } as const;
    });
  }

  private mail(): Promise<DetailedDependencyDto> {
    const described = this.mailer.describe();
    if (!this.config.smtpUrl) return Promise.resolve({ status: 'up', adapter: described.adapter, latency_ms: null, detail: `mails written to ${described.detail}` });
    const url = new URL(this.config.smtpUrl);
    const port = Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587);
    return timed('SMTP server', async () => {
      await probeTcp(url.hostname, port, CHECK_TIMEOUT_MS);
      return { status: 'up', adapter: described.adapter, detail: `${described.detail} accepts connections` } as const;
    });
  }

  private speech(kind: 'tts' | 'stt'): Promise<DetailedDependencyDto> {
    const engine = this.config.speech[kind].engine;
    if (engine === 'openai') {
      const remote = this.config.speech[kind];
      return Promise.resolve({
        status: remote.apiKey ? 'up' : 'degraded',
        adapter: 'openai-compatible',
        latency_ms: null,
        detail: `${new URL(remote.baseUrl).origin} (not probed: a probe would be a billed call)${remote.apiKey ? '' : '; no API key set'}`,
      });
    }
    const binaries = kind === 'tts' ? ['espeak-ng'] : ['pocketsphinx', 'sox'];
    return timed(`${engine}`, async () => {
      const missing = (await Promise.all(binaries.map(async (b) => ((await onPath(b)) ? null : b)))).filter(Boolean);
      return missing.length
        ? ({ status: 'down', adapter: engine, detail: `not installed: ${missing.join(', ')}` } as const)
        : ({ status: 'up', adapter: engine, detail: `${binaries.join(', ')} found on PATH` } as const);
    });
  }
}

/** Runs one check with a deadline and its latency; a failure or timeout is that dependency being down. */
async function timed(what: string, check: () => Promise<{ status: 'up' | 'degraded' | 'down'; adapter: string; detail?: string }>): Promise<DetailedDependencyDto> {
  const started = performance.now();
  try {
    const state = await withTimeout(check(), CHECK_TIMEOUT_MS, what);
    return { ...state, latency_ms: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', adapter: what, latency_ms: Math.round(performance.now() - started), detail: (error as Error).message };
  }
}
