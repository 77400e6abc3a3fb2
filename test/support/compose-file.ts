import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/**
 * docker-compose.yml as `docker compose config` sees it, for tests on machines without Docker: parsed, then
 * every string interpolated from `env` with Compose's rules ($$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default},
 * ${VAR:?error}, ${VAR?error}). A missing required variable throws Compose's message.
 */
export type ComposeFile = {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
  volumes?: Record<string, unknown>;
};

export type ComposeService = {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  networks?: string[] | Record<string, unknown>;
  security_opt?: string[];
  cap_add?: string[];
  privileged?: boolean;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
};

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(REFERENCE, (match, braced: string | undefined, operator: string | undefined, argument: string | undefined, bare: string | undefined) => {
    if (match === '$$') return '$';
    const name = braced ?? bare!;
    const value = env[name];
    const unsetOrEmpty = value === undefined || value === '';
    switch (operator) {
      case undefined:
        return value ?? '';
      case ':-':
        return unsetOrEmpty ? argument! : value!;
      case '-':
        return value === undefined ? argument! : value;
      case ':?':
        if (unsetOrEmpty) throw new Error(`required variable ${name} is missing a value: ${argument}`);
        return value!;
      case '?':
        if (value === undefined) throw new Error(`required variable ${name} is missing a value: ${argument}`);
        return value;
      default:
        throw new Error(`unsupported interpolation ${match}`);
    }
  });
}

/** Every variable the text refers to, with whether Compose requires it (`:?` / `?`). */
export function referencedVariables(text: string): Map<string, { required: boolean }> {
  const found = new Map<string, { required: boolean }>();
  for (const match of text.matchAll(REFERENCE)) {
    if (match[0] === '$$') continue;
    const name = match[1] ?? match[4];
    const required = match[2] === ':?' || match[2] === '?';
    found.set(name, { required: required || (found.get(name)?.required ?? false) });
  }
  return found;
}

function interpolateAll(value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateAll(item, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateAll(item, env)]));
  }
  return value;
}

/** The file parsed (YAML anchors and `<<` merge keys resolved) and interpolated. */
export function loadCompose(path: string, env: Record<string, string | undefined>): ComposeFile {
  const parsed = load(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return interpolateAll(resolveMergeKeys(parsed), env) as ComposeFile;
}

/** YAML 1.1 merge keys (`<<: *anchor`), which Compose honours and js-yaml 5 leaves as a plain key. */
function resolveMergeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveMergeKeys);
  if (!value || typeof value !== 'object') return value;
  const { '<<': merged, ...own } = value as Record<string, unknown>;
  const bases = merged === undefined ? [] : Array.isArray(merged) ? merged : [merged];
  const result: Record<string, unknown> = {};
  for (const base of bases) Object.assign(result, resolveMergeKeys(base));
  for (const [key, item] of Object.entries(own)) result[key] = resolveMergeKeys(item);
  return result;
}

/** The `docker run` arguments Compose would use for one service's container (the settings tests care about). */
export function dockerRunArgs(project: string, name: string, service: ComposeService): string[] {
  const args = ['docker', 'run', '--name', `${project}-${name}-1`];
  const networks = Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? {});
  if (networks[0]) args.push('--network', `${project}_${networks[0]}`);
  if (service.privileged) args.push('--privileged');
  for (const cap of service.cap_add ?? []) args.push('--cap-add', cap);
  for (const opt of service.security_opt ?? []) args.push('--security-opt', opt);
  for (const port of service.ports ?? []) args.push('--publish', port);
  for (const port of service.expose ?? []) args.push('--expose', port);
  for (const volume of service.volumes ?? []) args.push('--volume', volume.startsWith('./') ? volume : `${project}_${volume}`);
  for (const [key, value] of Object.entries(service.environment ?? {})) args.push('--env', `${key}=${value ?? ''}`);
  args.push(service.image ?? `${project}-${name}`);
  args.push(...(service.command ?? []));
  return args;
}
