// `npm run client`: builds the OpenAPI document of the built API (no server, no network) and writes the typed
// TypeScript client's types to clients/typescript/schema.ts. Run after `npm run build` (the script does both).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderClientTypes } from './render-client-types.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { createApp } = require(join(root, 'dist/apps/api/src/create-app.js'));
const { loadConfig } = require(join(root, 'dist/libs/infrastructure/src/config/app-config.js'));
const { JsonLogger } = require(join(root, 'dist/libs/infrastructure/src/logging/json-logger.js'));

const dataDir = mkdtempSync(join(tmpdir(), 'candor-client-'));
// Embedded mode with defaults: the document depends on the code only, not on where this runs.
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', JWT_SECRET: 'client-generation', RATE_LIMIT_SCALE: '0' });
const app = await createApp(config, new JsonLogger('error'));
try {
  const served = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/openapi.json' });
  const out = join(root, 'clients/typescript/schema.ts');
  writeFileSync(out, await renderClientTypes(JSON.parse(served.body)));
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
