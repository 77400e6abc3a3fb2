import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Packages the embedded mode does not use at start: each costs start time when loaded anyway. */
const NOT_AT_START = ['pdfkit', 'bull', 'ioredis', 'livekit-server-sdk', 'mongoose', '@eventstore/db-client', 'wink-eng-lite-web-model'];

/** Builds the whole app (embedded mode, as `main.ts` does) in a fresh process and prints the packages it loaded. */
const PROBE = `
const { createApp } = require('./apps/api/src/create-app');
const { loadConfig } = require('./libs/infrastructure/src/config/app-config');
const { JsonLogger } = require('./libs/infrastructure/src/logging/json-logger');
(async () => {
  const config = loadConfig();
  const app = await createApp(config, new JsonLogger('error'));
  const loaded = new Set(Object.keys(require.cache).map((f) => /node_modules\\/((@[^/]+\\/)?[^/]+)\\//.exec(f)?.[1]).filter(Boolean));
  await app.close();
  process.stdout.write(JSON.stringify([...loaded]));
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
`;

describe('a start of the embedded server', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'candor-start-modules-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads no adapter the embedded mode does not use (each is loaded on first use or when configured)', async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-r', './test/support/ts-register.js', '-e', PROBE],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATA_DIR: dir, LOG_LEVEL: 'error', JWT_SECRET: 'test-secret' },
          timeout: 120_000,
          maxBuffer: 1 << 20,
        },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    const loaded = JSON.parse(stdout) as string[];
    expect(loaded).toContain('@nestjs/core'); // the probe did see the app's packages
    expect(NOT_AT_START.filter((name) => loaded.includes(name))).toEqual([]);
  }, 150_000);
});
