import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfig } from '@candor/infrastructure/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { DATA_DIR_BY_URL } from './mail-outbox';
import { ObservedResponse, ResponseDriftChecker } from './response-drift';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** The base URL of the listening server (for WebSocket clients and raw HTTP). */
  url: string;
  dataDir: string;
  /** Every answer so far that the served OpenAPI document does not describe (see response-drift.ts). */
  drift: string[];
  /** Fails (after closing) when any answer drifted from the document, unless started with checkResponses: false. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestAppOptions {
  /** Check every answer against /openapi.json (default true): a drift fails the test file at close(). */
  checkResponses?: boolean;
}

/** For benchmarks: validating every answer would be measured along with the server. */
export const UNCHECKED_RESPONSES: TestAppOptions = { checkResponses: false };

/** JSON bodies beyond this size are not kept for the drift check (exports and downloads are streams). */
const MAX_OBSERVED_BODY = 4 * 1024 * 1024;

/**
 * Starts the real app in embedded mode (SQLite event log and read models under a fresh DATA_DIR, in-process
 * jobs) on a random port. Rate limits are off unless the test asks for them. Every answer is checked
 * against the served OpenAPI document, so a route that answers what its document does not say fails.
 */
export async function startTestApp(env: Record<string, string> = {}, dataDir?: string, options: TestAppOptions = {}): Promise<TestApp> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'candor-e2e-'));
  const config = loadConfig({
    DATA_DIR: dir,
    RATE_LIMIT_SCALE: '0',
    LOG_LEVEL: 'error',
    JWT_SECRET: 'test-secret',
    ...env,
  } as NodeJS.ProcessEnv);
  const app = await createApp(config, new JsonLogger(config.logLevel));
  const drift: string[] = [];
  if (options.checkResponses !== false) {
    const served = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/openapi.json' });
    const checker = new ResponseDriftChecker(JSON.parse(served.body));
    observeResponses(app.getHttpServer(), (response) => drift.push(...checker.check(response)));
  }
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  DATA_DIR_BY_URL.set(url, dir);
  return {
    app,
    config,
    dataDir: dir,
    drift,
    url,
    async close(closeOptions = {}) {
      DATA_DIR_BY_URL.delete(url);
      await app.close();
      if (!closeOptions.keepData) rmSync(dir, { recursive: true, force: true });
      if (drift.length > 0) {
        throw new Error(`Answers that drift from /openapi.json (fix the code or the document):\n${[...new Set(drift)].join('\n')}`);
      }
    },
  };
}

/** Sees each answer as sent (status, content type, JSON body) without changing it. */
function observeResponses(server: Server, onResponse: (response: ObservedResponse) => void): void {
  server.prependListener('request', (request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (!chunk || typeof chunk === 'function' || size > MAX_OBSERVED_BODY) return;
      if (!/json/i.test(String(response.getHeader('content-type') ?? ''))) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      size += buffer.length;
      chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: typeof response, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof response.write;
    response.end = function (this: typeof response, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => typeof response).call(this, chunk, ...rest);
    } as typeof response.end;
    response.once('finish', () =>
      onResponse({
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        status: response.statusCode,
        contentType: String(response.getHeader('content-type') ?? ''),
        body: size > MAX_OBSERVED_BODY ? '' : Buffer.concat(chunks).toString('utf8'),
      }),
    );
  });
}
