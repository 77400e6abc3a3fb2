import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeKeyFile } from './write-key-file';
import { LIVEKIT_DEV_API_KEY, LIVEKIT_DEV_API_SECRET } from '../livekit/livekit.adapter';

/** The secret older releases fell back to: published in the README, so it is never accepted outside development. */
export const PUBLISHED_JWT_SECRET = 'candor-dev-secret-change-me';
export const MIN_SECRET_BYTES = 32;
const JWT_SECRET_FILE = 'jwt-secret';

/** A start refused because of the configuration; the message names the variable to set. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Development (and tests) is NODE_ENV unset, `development` or `test`; anything else (`production`, `staging`) is not. */
export function isDevelopment(env: NodeJS.ProcessEnv): boolean {
  const nodeEnv = env.NODE_ENV ?? process.env.NODE_ENV ?? '';
  return nodeEnv === '' || nodeEnv === 'development' || nodeEnv === 'test';
}

/**
 * JWT_SECRET: outside development a missing, published or short (< 32 bytes) secret stops the start. In
 * development an unset secret is generated once into $DATA_DIR/jwt-secret (0600), so no two installations
 * share a key and tokens survive a restart.
 */
export function resolveJwtSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  const given = env.JWT_SECRET ?? '';
  if (!isDevelopment(env)) {
    if (!given) throw new ConfigurationError(`JWT_SECRET is not set: set JWT_SECRET to a random string of at least ${MIN_SECRET_BYTES} bytes`);
    if (given === PUBLISHED_JWT_SECRET) throw new ConfigurationError('JWT_SECRET is the published development default: set JWT_SECRET to your own random string');
    if (Buffer.byteLength(given) < MIN_SECRET_BYTES) {
      throw new ConfigurationError(`JWT_SECRET is shorter than ${MIN_SECRET_BYTES} bytes: set JWT_SECRET to a longer random string`);
    }
    return given;
  }
  if (given && given !== PUBLISHED_JWT_SECRET) return given;
  return developmentSecret(dataDir);
}

/** Outside development LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set and must not be the `--dev` pair. */
export function checkLiveKitKeys(env: NodeJS.ProcessEnv): void {
  if (isDevelopment(env)) return;
  const key = env.LIVEKIT_API_KEY ?? '';
  const secret = env.LIVEKIT_API_SECRET ?? '';
  if (!key || key === LIVEKIT_DEV_API_KEY) {
    throw new ConfigurationError('LIVEKIT_API_KEY is not set (or is the public `devkey`): set LIVEKIT_API_KEY and LIVEKIT_API_SECRET to your LiveKit key pair');
  }
  if (!secret || secret === LIVEKIT_DEV_API_SECRET || Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
    throw new ConfigurationError(`LIVEKIT_API_SECRET is not set, public or shorter than ${MIN_SECRET_BYTES} bytes: set LIVEKIT_API_SECRET to your LiveKit secret`);
  }
}

function developmentSecret(dataDir: string): string {
  const file = join(dataDir, JWT_SECRET_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (Buffer.byteLength(stored) >= MIN_SECRET_BYTES) return stored;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeKeyFile(file, `${secret}\n`, { replace: true });
  return secret;
}
