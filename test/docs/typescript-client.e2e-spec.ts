import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from '../support/test-app';

const run = promisify(execFile);

/** clients/typescript is generated from the served document (`npm run client`) and compiles on its own. */
describe('typed TypeScript client', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'candor-client-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('is up to date with /openapi.json (run `npm run client` after changing a route or DTO)', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, await (await fetch(`${t.url}/openapi.json`)).text());
    const { stdout } = await run(process.execPath, ['scripts/render-client-types.mjs', file], { maxBuffer: 64 * 1024 * 1024 });
    const committed = readFileSync('clients/typescript/schema.ts', 'utf8');
    expect(stdout.length).toBeGreaterThan(10_000);
    expect(stdout === committed).toBe(true);
  });

  it('compiles with strict settings, by itself', async () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const flags = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'ES2022', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    await expect(run(process.execPath, [tsc, ...flags, 'clients/typescript/index.ts'])).resolves.toBeDefined();
  }, 120_000);
});
