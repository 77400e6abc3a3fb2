import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One control group per sandboxed run, so its limits hold for the run as a whole (every process it forks)
 * rather than per process: memory (no swap), process count and, on cgroup v2, CPU. cgroup v2 where the
 * host has it; else v1's memory and pids hierarchies (a root process can create groups in both).
 */
export interface CgroupSupport {
  readonly version: 'v1' | 'v2';
  /** The parent group of every run's group, per hierarchy (one for v2). */
  readonly parents: { readonly memory: string; readonly pids: string };
}

export interface RunGroupLimits {
  readonly memoryMb: number;
  readonly processes: number;
  /** CPU cores the run may use at once (cgroup v2 `cpu.max`); v1 leaves CPU to RLIMIT_CPU. */
  readonly cpus: number;
}

export interface RunGroup {
  /** The `cgroup.procs` files a process writes its pid to before it execs the run. */
  readonly procsFiles: readonly string[];
  /** Whether the kernel killed a process of the run for passing the memory limit. */
  oomKilled(): Promise<boolean>;
  remove(): Promise<void>;
}

const PARENT = 'candor-sandbox';
const MB = 1024 * 1024;

/** What this host offers, or why it offers nothing (then runs keep per-process rlimits only). */
export async function detectCgroups(root = '/sys/fs/cgroup'): Promise<CgroupSupport | string> {
  try {
    if (existsSync(join(root, 'cgroup.controllers'))) {
      const controllers = (await readFile(join(root, 'cgroup.controllers'), 'utf8')).split(/\s+/);
      if (!controllers.includes('memory') || !controllers.includes('pids')) return 'cgroup v2 without the memory and pids controllers';
      const parent = join(root, PARENT);
      await mkdir(parent, { recursive: true });
      const wanted = ['memory', 'pids', ...(controllers.includes('cpu') ? ['cpu'] : [])];
      await writeFile(join(root, 'cgroup.subtree_control'), wanted.map((c) => `+${c}`).join(' '));
      await writeFile(join(parent, 'cgroup.subtree_control'), wanted.map((c) => `+${c}`).join(' '));
      return { version: 'v2', parents: { memory: parent, pids: parent } };
    }
    const memory = join(root, 'memory');
    const pids = join(root, 'pids');
    if (!existsSync(join(memory, 'cgroup.procs')) || !existsSync(join(pids, 'cgroup.procs'))) return 'no cgroup v2 and no cgroup v1 memory and pids hierarchies';
    await mkdir(join(memory, PARENT), { recursive: true });
    await mkdir(join(pids, PARENT), { recursive: true });
    return { version: 'v1', parents: { memory: join(memory, PARENT), pids: join(pids, PARENT) } };
  } catch (error) {
    return `cannot create control groups (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the server needs root and a writable /sys/fs/cgroup`;
  }
}

export async function createRunGroup(support: CgroupSupport, name: string, limits: RunGroupLimits): Promise<RunGroup> {
  const bytes = String(limits.memoryMb * MB);
  if (support.version === 'v2') {
    const dir = join(support.parents.memory, name);
    await mkdir(dir);
    await writeFile(join(dir, 'memory.max'), bytes);
    await writeOptional(join(dir, 'memory.swap.max'), '0');
    await writeFile(join(dir, 'pids.max'), String(limits.processes));
    await writeOptional(join(dir, 'cpu.max'), `${Math.round(limits.cpus * 100_000)} 100000`);
    return {
      procsFiles: [join(dir, 'cgroup.procs')],
      oomKilled: async () => counter(await readOptional(join(dir, 'memory.events')), 'oom_kill') > 0,
      remove: () => removeDirs([dir]),
    };
  }
  const memoryDir = join(support.parents.memory, name);
  const pidsDir = join(support.parents.pids, name);
  await mkdir(memoryDir);
  await mkdir(pidsDir);
  await writeFile(join(memoryDir, 'memory.limit_in_bytes'), bytes);
  // memsw (memory + swap) equal to the memory limit: no swap. Absent when the kernel does not account swap.
  await writeOptional(join(memoryDir, 'memory.memsw.limit_in_bytes'), bytes);
  await writeFile(join(pidsDir, 'pids.max'), String(limits.processes));
  return {
    procsFiles: [join(memoryDir, 'cgroup.procs'), join(pidsDir, 'cgroup.procs')],
    oomKilled: async () => counter(await readOptional(join(memoryDir, 'memory.oom_control')), 'oom_kill') > 0,
    remove: () => removeDirs([memoryDir, pidsDir]),
  };
}

/** `oom_kill 3` in a flat-keyed cgroup file. */
function counter(text: string | null, key: string): number {
  const match = text ? new RegExp(`^${key} (\\d+)$`, 'm').exec(text) : null;
  return match ? Number(match[1]) : 0;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** Writes a control file the kernel may not offer (no swap accounting, no cpu controller); never creates one. */
async function writeOptional(file: string, value: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.write(value);
  } finally {
    await handle.close();
  }
}

/** A group can only be removed once its last process is gone: the kernel may still be reaping a few. */
async function removeDirs(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await rmdir(dir);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || attempt >= 20) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
}
