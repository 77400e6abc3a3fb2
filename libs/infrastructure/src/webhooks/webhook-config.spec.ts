import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';

/** Production needs its secrets set; these are long enough and not the published ones. */
const PRODUCTION_SECRETS = { JWT_SECRET: 'p'.repeat(40), LIVEKIT_API_KEY: 'prod-key', LIVEKIT_API_SECRET: 's'.repeat(40) };
let dataDir: string;
beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'candor-webhook-config-'))));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const destinations = (env: Record<string, string>) => loadConfig({ ...PRODUCTION_SECRETS, DATA_DIR: dataDir, ...env } as NodeJS.ProcessEnv).webhooks.destinations;

describe('webhook destinations from the environment', () => {
  it.each<[string, Record<string, string>, { allowHttp: boolean; allowPrivateAddresses: boolean }]>([
    ['production: https and public addresses only', { NODE_ENV: 'production' }, { allowHttp: false, allowPrivateAddresses: false }],
    ['staging counts as production', { NODE_ENV: 'staging' }, { allowHttp: false, allowPrivateAddresses: false }],
    ['production with WEBHOOK_ALLOW_PRIVATE=true: private addresses, still https only', { NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE: 'true' }, { allowHttp: false, allowPrivateAddresses: true }],
    ['development: a local http receiver works', { NODE_ENV: 'development' }, { allowHttp: true, allowPrivateAddresses: true }],
    ['development with WEBHOOK_ALLOW_PRIVATE=false: the production address check', { NODE_ENV: 'development', WEBHOOK_ALLOW_PRIVATE: 'false' }, { allowHttp: true, allowPrivateAddresses: false }],
    ['a value that is not `true` allows nothing more', { NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE: 'yes please' }, { allowHttp: false, allowPrivateAddresses: false }],
  ])('%s', (_name, env, expected) => expect(destinations(env)).toEqual(expected));
});
