import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { PasswordHasher } from '@candor/application';

/** scrypt's cost parameters. N = 2^15, r = 8 is ~32 MiB and tens of milliseconds per hash. */
export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 32768, r: 8, p: 1 };

const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
const MAX_N = 1 << 20;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    // NFKC: the same password typed on another keyboard or OS (composed vs decomposed accents) still matches.
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * Memory-hard password hashing with a random salt per password. A hash records its own parameters
 * (`scrypt$N$r$p$salt$key`, base64), so raising the cost later leaves older hashes verifiable.
 */
export class ScryptPasswordHasher implements PasswordHasher {
  private constructor(
    private readonly params: ScryptParams,
    readonly decoyHash: string,
  ) {}

  static async create(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<ScryptPasswordHasher> {
    if (!Number.isInteger(Math.log2(params.N)) || params.N < 2 || params.N > MAX_N) {
      throw new Error(`scrypt N must be a power of two between 2 and ${MAX_N}, got ${params.N}`);
    }
    const probe = new ScryptPasswordHasher(params, '');
    return new ScryptPasswordHasher(params, await probe.hash(randomBytes(24).toString('base64url')));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, this.params);
    const { N, r, p } = this.params;
    return [PREFIX, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    // A malformed hash still costs a derivation, so it cannot be told apart by timing.
    const target = parsed ?? parse(this.decoyHash);
    if (!target) return false;
    const key = await derive(password, target.salt, target.params);
    return timingSafeEqual(key, target.key) && parsed !== null;
  }
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const key = Buffer.from(parts[5], 'base64');
  const sane = [N, r, p].every((n) => Number.isInteger(n) && n > 0) && N <= MAX_N && r <= 32 && p <= 16;
  if (!sane || salt.length === 0 || key.length !== KEY_LENGTH) return null;
  return { params: { N, r, p }, salt, key };
}
