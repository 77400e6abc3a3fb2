import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RuntimeBinary } from './language-runtimes';

/** A runtime found on this host: its real path (symlinks resolved, so /etc/alternatives is not needed inside). */
export interface FoundRuntime {
  readonly path: string;
  readonly version: string | null;
}

export interface HostRuntimes {
  readonly binaries: Readonly<Partial<Record<RuntimeBinary, FoundRuntime>>>;
  readonly typescript: { readonly dir: string; readonly version: string } | null;
  /** GNU time, to measure peak memory and CPU time; null when missing (those figures are then unknown). */
  readonly gnuTime: string | null;
}

/**
 * Where each runtime is looked for, in order. Python comes from the system paths only: a `python3` earlier on
 * PATH is often a pyenv shim that would need the user's home directory inside the sandbox.
 */
const CANDIDATES: Record<RuntimeBinary, readonly string[]> = {
  python: ['/usr/bin/python3', '/usr/local/bin/python3'],
  node: [process.execPath, '/usr/bin/node', '/usr/local/bin/node'],
  gcc: ['/usr/bin/gcc', '/usr/local/bin/gcc', ...onPath('gcc')],
  gxx: ['/usr/bin/g++', '/usr/local/bin/g++', ...onPath('g++')],
  javac: ['/usr/bin/javac', '/usr/local/bin/javac', ...onPath('javac')],
  java: ['/usr/bin/java', '/usr/local/bin/java', ...onPath('java')],
};

const VERSION: Record<RuntimeBinary, { args: string[]; pattern: RegExp }> = {
  python: { args: ['--version'], pattern: /Python (\S+)/ },
  node: { args: ['--version'], pattern: /v(\S+)/ },
  gcc: { args: ['-dumpfullversion'], pattern: /(\S+)/ },
  gxx: { args: ['-dumpfullversion'], pattern: /(\S+)/ },
  javac: { args: ['-version'], pattern: /javac (\S+)/ },
  java: { args: ['-version'], pattern: /version "([^"]+)"/ },
};

export async function discoverRuntimes(): Promise<HostRuntimes> {
  const entries = await Promise.all(
    (Object.keys(CANDIDATES) as RuntimeBinary[]).map(async (name) => {
      const path = firstExecutable(CANDIDATES[name]);
      if (!path) return [name, undefined] as const;
      return [name, { path, version: await probeVersion(path, VERSION[name].args, VERSION[name].pattern) }] as const;
    }),
  );
  const binaries: Partial<Record<RuntimeBinary, FoundRuntime>> = {};
  for (const [name, found] of entries) if (found) binaries[name] = found;
  return { binaries, typescript: findTypescript(), gnuTime: firstExecutable(['/usr/bin/time']) };
}

export function firstExecutable(paths: readonly string[]): string | null {
  for (const path of paths) {
    try {
      accessSync(path, constants.X_OK);
      return realpathSync(path);
    } catch {
      // not there: try the next place
    }
  }
  return null;
}

function onPath(name: string): string[] {
  return (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => dir.startsWith('/') && !dir.includes('shims'))
    .map((dir) => join(dir, name));
}

function probeVersion(path: string, args: string[], pattern: RegExp): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(path, args, { timeout: 10_000, env: { PATH: '/usr/bin:/bin' } }, (error, stdout, stderr) => {
      if (error) return resolve(null);
      resolve(pattern.exec(`${stdout}\n${stderr}`)?.[1] ?? null);
    });
  });
}

function findTypescript(): { dir: string; version: string } | null {
  try {
    const manifest = require.resolve('typescript/package.json');
    const { version } = require(manifest) as { version: string };
    return { dir: realpathSync(dirname(manifest)), version };
  } catch {
    return null;
  }
}
