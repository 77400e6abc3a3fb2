import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingSystemPackages } from '../../libs/testing/src/system-packages';

/**
 * Jest global setup: when REDIS_URL is not set, starts the installed redis-server on a free local port (no
 * persistence, its own temp dir) and sets REDIS_URL for every test worker; redis-global-teardown.ts stops it.
 * Without redis-server nothing is started and the tests that need Redis fail at once (requireRedis()).
 */
export interface StartedRedis {
  readonly child: ChildProcess;
  readonly url: string;
  readonly dir: string;
}

export const REDIS_SERVER_BIN = process.env.REDIS_SERVER_BIN ?? 'redis-server';

export default async function redisGlobalSetup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  if (!process.env.REDIS_SERVER_BIN && missingSystemPackages(['redis-server']).length > 0) return;
  const redis = await startRedisServer();
  process.env.REDIS_URL = redis.url;
  (globalThis as { __candorRedis?: StartedRedis }).__candorRedis = redis;
}

export async function startRedisServer(bin = REDIS_SERVER_BIN, timeoutMs = 10_000): Promise<StartedRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'candor-test-redis-'));
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let failure = '';
  child.stderr?.on('data', (chunk: Buffer) => (failure += chunk.toString('utf8')));
  const spawnError = new Promise<never>((_, reject) => child.once('error', (error) => reject(new Error(`cannot start ${bin}: ${error.message}`))));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${bin} exited with ${child.exitCode} ${failure}`.trim());
    if (await Promise.race([ping(port), spawnError])) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${bin} did not answer PING on port ${port} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.unref();
  return { child, url: `redis://127.0.0.1:${port}`, dir };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let reply = '';
    socket.setTimeout(500, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) {
        socket.end();
        resolve(reply.startsWith('+PONG'));
      }
    });
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(false));
  });
}
