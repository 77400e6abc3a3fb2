import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { ComposeFile, dockerRunArgs, interpolate, loadCompose, referencedVariables } from '../support/compose-file';
import { projectorHealthConfigFromEnv } from '../../apps/projector/src/projector-health-server';

/**
 * docker-compose.yml checked without Docker (this CI has no engine; .ci/run adds `docker compose config` where
 * one exists): valid against the Compose specification's JSON schema (draft-07) once interpolated from a filled-in
 * .env.example, and holding what the README promises of the production stack.
 */
const ROOT = join(__dirname, '..', '..');
const COMPOSE = join(ROOT, 'docker-compose.yml');
const composeText = readFileSync(COMPOSE, 'utf8');
const envExample = readFileSync(join(ROOT, '.env.example'), 'utf8');

/** .env.example as a user fills it in: every empty value given one (secrets of hex, like openssl rand -hex). */
function filledEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of envExample.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (match) env[match[1]] = match[2] || `${match[1].toLowerCase().replace(/_/g, '')}0123456789abcdef0123456789abcdef`;
  }
  return env;
}

const env = filledEnv();
const compose: ComposeFile = loadCompose(COMPOSE, env);
const services = compose.services;
const apiEnv = services.api.environment!;

function networksOf(name: string): string[] {
  const networks = services[name].networks;
  return Array.isArray(networks) ? networks : Object.keys(networks ?? {});
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema (vendored in test/deploy/compose-spec/)', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'compose-spec', 'compose-spec.json'), 'utf8'));
    // It names draft-07 by its https address, which Ajv (a draft-07 validator) knows as http://…#.
    expect(schema.$schema).toBe('https://json-schema.org/draft-07/schema');
    delete schema.$schema;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    // The validator does catch a broken file: a misspelt key and a port that is not a list.
    const broken = { ...compose, services: { ...services, api: { ...services.api, portz: ['8000:8000'] }, proxy: { ...services.proxy, ports: 80 } } };
    expect(validate(broken)).toBe(false);
  });

  it('a bare `docker compose up` without .env stops on the first required variable, saying to copy .env.example', () => {
    expect(() => loadCompose(COMPOSE, {})).toThrow(/required variable [A-Z_]+ is missing a value: copy \.env\.example to \.env and set /);
    const required = [...referencedVariables(composeText)].filter(([, v]) => v.required).map(([name]) => name);
    expect(required).toEqual(expect.arrayContaining(['JWT_SECRET', 'EVENTSTORE_ADMIN_PASSWORD', 'MONGO_ROOT_PASSWORD', 'REDIS_PASSWORD', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET']));
  });

  it('.env.example names every variable the compose file reads, and leaves every secret for the user to set', () => {
    const documented = new Set(Object.keys(filledEnv()));
    for (const name of referencedVariables(composeText).keys()) expect([name, documented.has(name)]).toEqual([name, true]);
    for (const secret of ['JWT_SECRET', 'EVENTSTORE_ADMIN_PASSWORD', 'MONGO_ROOT_PASSWORD', 'REDIS_PASSWORD', 'LIVEKIT_API_SECRET']) {
      expect(envExample).toMatch(new RegExp(`^${secret}=$`, 'm'));
    }
  });

  it('publishes only the reverse proxy and LiveKit; the API has no host port, so --scale api=3 cannot collide', () => {
    const published = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0).map(([name]) => name).sort();
    expect(published).toEqual(['livekit', 'proxy']);
    expect(services.api.expose).toEqual(['8000']);
    expect(services.proxy.ports).toEqual(['8000:80']);
  });

  it('the proxy spreads HTTP and WebSockets over every API replica', () => {
    expect(services.proxy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    const caddyfile = readFileSync(join(ROOT, 'deploy', 'Caddyfile'), 'utf8');
    expect(caddyfile).toMatch(/^:80 \{/m);
    // Re-resolved from Docker's DNS: each replica of `api` on the port it listens on.
    expect(caddyfile).toMatch(/reverse_proxy \{\s+[^]*dynamic a \{\s+name api\s+port 8000\s+refresh \d+s/);
    expect(apiEnv.PORT).toBe(8000);
    expect(apiEnv.TRUST_PROXY).toBe('true');
  });

  it('keeps EventStoreDB, MongoDB and Redis on an internal network, each with authentication', () => {
    expect(compose.networks?.backend).toEqual({ internal: true });
    for (const db of ['eventstore', 'mongo', 'redis']) {
      expect([db, networksOf(db)]).toEqual([db, ['backend']]);
      expect([db, services[db].ports ?? []]).toEqual([db, []]);
    }
    // EventStoreDB in secure mode: TLS with generated certificates, and the admin password.
    const es = services.eventstore.environment!;
    expect(es).not.toHaveProperty('EVENTSTORE_INSECURE');
    expect(es).toMatchObject({ EVENTSTORE_CERTIFICATE_FILE: '/certs/node/node.crt', EVENTSTORE_DEFAULT_ADMIN_PASSWORD: env.EVENTSTORE_ADMIN_PASSWORD });
    expect(services['eventstore-certs'].command).toEqual(['/bin/sh', '/scripts/eventstore-certs.sh']);
    expect(services.eventstore.depends_on).toEqual({ 'eventstore-certs': { condition: 'service_completed_successfully' } });
    expect(apiEnv.EVENTSTORE_URL).toBe(`esdb://admin:${env.EVENTSTORE_ADMIN_PASSWORD}@eventstore:2113?tls=true&tlsCAFile=/certs/ca/ca.crt`);
    // MongoDB root user; Redis password (kept out of the command line, read from the environment).
    expect(services.mongo.environment).toMatchObject({ MONGO_INITDB_ROOT_USERNAME: 'candor', MONGO_INITDB_ROOT_PASSWORD: env.MONGO_ROOT_PASSWORD });
    expect(apiEnv.MONGO_URL).toBe(`mongodb://candor:${env.MONGO_ROOT_PASSWORD}@mongo:27017/candor?authSource=admin`);
    expect(services.redis.command?.join(' ')).toContain('--requirepass "$REDIS_PASSWORD"');
    expect(services.redis.environment).toEqual({ REDIS_PASSWORD: env.REDIS_PASSWORD });
    expect(apiEnv.REDIS_URL).toBe(`redis://:${env.REDIS_PASSWORD}@redis:6379`);
  });

  it('runs LiveKit with the API\'s own keys and its webhooks pointed at the API', () => {
    expect(services.livekit.command).not.toContain('--dev');
    const config = load(String(services.livekit.environment!.LIVEKIT_CONFIG)) as {
      keys: Record<string, string>;
      webhook: { api_key: string; urls: string[] };
    };
    expect(config.keys).toEqual({ [String(apiEnv.LIVEKIT_API_KEY)]: String(apiEnv.LIVEKIT_API_SECRET) });
    expect(config.webhook).toEqual({ api_key: apiEnv.LIVEKIT_API_KEY, urls: ['http://proxy/api/livekit/webhook'] });
    const controller = readFileSync(join(ROOT, 'apps/api/src/surfaces/s0/livekit/livekit-webhook.controller.ts'), 'utf8');
    expect(controller).toContain("@Controller('api/livekit')");
    expect(controller).toContain("@Post('webhook')");
    expect(networksOf('livekit')).toEqual(networksOf('proxy'));
  });

  it("asks the running projector for its health (lag), instead of starting a new process", () => {
    expect(services.projector.environment?.PROJECTOR_HEALTH_PORT).toBe(8001);
    expect(projectorHealthConfigFromEnv({ PROJECTOR_HEALTH_PORT: '8001' }).port).toBe(8001);
    expect(services.projector.healthcheck?.test).toEqual(['CMD-SHELL', 'wget -qO- http://localhost:8001/health >/dev/null || exit 1']);
  });

  it('builds the image with the packages of scripts/system-packages.txt, and without the secrets of .env', () => {
    expect(readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n')).toContain('.env');
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('COPY scripts/system-packages.txt /tmp/system-packages.txt');
    expect(dockerfile).toContain(`$(awk '!/^#/ && NF && $1 != "redis-server" { print $1 }' /tmp/system-packages.txt)`);
  });
});

describe("the API container's command line: what the code sandbox (bubblewrap) needs, and no more", () => {
  const args = dockerRunArgs('candor', 'api', services.api);

  it('unmasks /proc and lifts the seccomp and AppArmor profiles that refuse namespaces and mounts, without privileges or capabilities', () => {
    const security = args.flatMap((arg, i) => (['--privileged', '--cap-add', '--security-opt'].includes(arg) ? [arg, args[i + 1]] : []));
    expect(security).toEqual([
      '--security-opt', 'systempaths=unconfined',
      '--security-opt', 'seccomp=unconfined',
      '--security-opt', 'apparmor=unconfined',
    ]);
    expect(args).not.toContain('--privileged');
  });

  it('is the documented container: no published port, on the backend network, the API command', () => {
    expect(args.slice(0, 6)).toEqual(['docker', 'run', '--name', 'candor-api-1', '--network', 'candor_backend']);
    expect(args).not.toContain('--publish');
    expect(args).toContain('--expose');
    expect(args.slice(-3)).toEqual(['candor-api', 'node', 'dist/apps/api/src/main.js']);
    expect(args).toContain(`JWT_SECRET=${env.JWT_SECRET}`);
  });
});

describe('Compose interpolation as the tests apply it', () => {
  it('follows Compose rules for defaults, required values and $$', () => {
    expect(interpolate('${A:-x} ${B-y} ${C} $$D $E', { A: '', B: '', E: 'e' })).toBe('x   $D e');
    expect(() => interpolate('${A:?set A}', { A: '' })).toThrow('required variable A is missing a value: set A');
    expect(interpolate('${A?set A}', { A: '' })).toBe('');
  });
});
