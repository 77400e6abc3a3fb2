import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { Socket } from 'node:net';
import { delimiter, join } from 'node:path';

/** Resolves with the check's answer, or rejects after `ms` so one hung dependency cannot hang the report. */
export async function withTimeout<T>(check: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Opens (and closes) a TCP connection: the cheapest proof that a server listens, without credentials. */
export function probeTcp(host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const done = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`${host}:${port} did not accept a connection within ${timeoutMs} ms`)));
    socket.once('error', done);
    socket.connect(port, host, () => done());
  });
}

/** Whether an executable is on PATH (local speech engines are external programs). */
export async function onPath(binary: string, path = process.env.PATH ?? ''): Promise<boolean> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    try {
      await access(join(dir, binary), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}
