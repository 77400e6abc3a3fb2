import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfig } from '@candor/infrastructure/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { DATA_DIR_BY_URL } from './mail-outbox';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** The base URL of the listening server (for WebSocket clients and raw HTTP). */
  url: string;
  dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Starts the real app in embedded mode (SQLite event log and read models under a fresh DATA_DIR, in-process
 * jobs) on a random port. Rate limits are off unless the test asks for them.
 */
export async function startTestApp(env: Record<string, string> = {}, dataDir?: string): Promise<TestApp> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'candor-e2e-'));
  const config = loadConfig({
    DATA_DIR: dir,
    RATE_LIMIT_SCALE: '0',
    LOG_LEVEL: 'error',
    JWT_SECRET: 'test-secret',
    ...env,
  } as NodeJS.ProcessEnv);
  const app = await createApp(config, new JsonLogger(config.logLevel));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  DATA_DIR_BY_URL.set(url, dir);
  return {
    app,
    config,
    dataDir: dir,
    url,
    async close(options = {}) {
      DATA_DIR_BY_URL.delete(url);
      await app.close();
      if (!options.keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}
