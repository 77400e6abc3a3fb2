import { execFile } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DomainError } from '@candor/domain';
import {
  LanguageInfo,
  SANDBOX_LANGUAGES,
  Sandbox,
  SandboxCompile,
  SandboxExecution,
  SandboxRequest,
  SandboxRun,
  SandboxStatus,
} from '@candor/application/ports/sandbox.port';
import { LANGUAGE_ALIASES, LANGUAGE_NAMES } from '@candor/application/code-execution/languages';
import { LANGUAGE_SPECS, LanguageSpec, PhaseContext, PhaseSpec } from './language-runtimes';
import { HostRuntimes, discoverRuntimes, firstExecutable } from './runtime-discovery';
import { CgroupSupport, createRunGroup, detectCgroups, RunGroupLimits } from './run-cgroup';
import { BOX, IsolationTools, SpawnCommand, StepCommandInput, StepLimits, buildStepCommand } from './sandbox-command';
import { SandboxConfig } from './sandbox-config';
import { runStep, StepIo, StepOutcome } from './sandbox-process';
import { RunLimits, interpretCompile, interpretRun } from './step-interpretation';
import { explainProbeFailure } from './sandbox-probe-failure';

export interface SandboxLogger {
  entry(level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

export interface LocalSandboxOptions {
  readonly logger?: SandboxLogger;
  /** Where bwrap is; null pretends it is missing. Found on the usual paths by default. */
  readonly bwrapPath?: string | null;
  /** Where the cgroup filesystem is (default /sys/fs/cgroup); null pretends the host has none. */
  readonly cgroupRoot?: string | null;
}

interface Environment {
  readonly status: SandboxStatus;
  readonly tools: IsolationTools;
  readonly runtimes: HostRuntimes;
  readonly mounts: Pick<StepCommandInput, 'readOnlyPaths' | 'rootSymlinks'>;
  /** A control group per run, or null: then memory is only capped per process (RLIMIT_AS). */
  readonly cgroups: CgroupSupport | null;
  /** Processes (and threads) one run may have: fewer without a cgroup, since each may use the whole memory limit. */
  readonly maxProcesses: number;
}

/** Without a cgroup, RLIMIT_AS holds per process: fewer processes keep the run's total (processes x memory) bounded. */
export const NO_CGROUP_MAX_PROCESSES = 16;
/**
 * The run's group allows a little more than one process's address-space cap: a single process then meets
 * its own limit first (a clean MemoryError or bad_alloc, not a reclaim storm at the group's edge), and only
 * a run of many processes is stopped by the group, at the limit plus this headroom.
 */
export function groupMemoryMb(memoryMb: number): number {
  return memoryMb + Math.max(32, Math.ceil(memoryMb / 4));
}
/** Compilers get at least this much memory in their group (g++ and javac need more than a small run limit). */
const COMPILE_MEMORY_MB = 1024;

/** The uids sandboxed programs run as when the server is root: one per execution, owned by nothing on the host. */
const UID_BASE = 2_000_000;
const UID_SPAN = 1_000_000;
/** The processes a step counts against its cap besides the program: bwrap's monitor, and GNU time (pid 1 inside). */
function ownProcesses(tools: IsolationTools): number {
  return (tools.bwrap ? 1 : 0) + (tools.gnuTime ? 1 : 0);
}
const TYPESCRIPT_MOUNT = '/opt/typescript';
const INSTALL_HINT =
  'install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install bubblewrap), ' +
  'or set SANDBOX_ALLOW_UNISOLATED=1 to run code WITHOUT isolation (development only)';

/**
 * The local sandbox: every execution gets a fresh directory and uid, a compile step when the language has
 * one, then one isolated run per input (see sandbox-command.ts for the isolation itself). It refuses to
 * run anything when it cannot isolate, unless development mode explicitly allows it.
 */
export class LocalSandbox implements Sandbox {
  private environment: Promise<Environment> | null = null;
  private readonly uidsInUse = new Set<number>();

  constructor(
    private readonly config: SandboxConfig,
    private readonly options: LocalSandboxOptions = {},
  ) {}

  async status(): Promise<SandboxStatus> {
    return (await this.prepare()).status;
  }

  async languages(): Promise<readonly LanguageInfo[]> {
    const { status, runtimes } = await this.prepare();
    return SANDBOX_LANGUAGES.map((id) => {
      const spec = LANGUAGE_SPECS[id];
      const missing = missingFor(spec, runtimes);
      return {
        id,
        name: LANGUAGE_NAMES[id],
        version: versionOf(spec, runtimes),
        available: status.available && missing.length === 0,
        compiled: spec.compile !== undefined,
        aliases: LANGUAGE_ALIASES[id],
      };
    });
  }

  async execute(request: SandboxRequest): Promise<SandboxExecution> {
    const environment = await this.prepare();
    if (!environment.status.available) {
      throw new DomainError('SANDBOX.UNAVAILABLE', `Code execution is unavailable on this server: ${environment.status.detail}`, 'unavailable');
    }
    const spec = LANGUAGE_SPECS[request.language];
    if (!spec) throw new DomainError('SANDBOX.UNKNOWN_LANGUAGE', `Unknown language ${JSON.stringify(request.language)}`, 'invalid');
    const missing = missingFor(spec, environment.runtimes);
    if (missing.length > 0) {
      throw new DomainError(
        'SANDBOX.LANGUAGE_UNAVAILABLE',
        `${LANGUAGE_NAMES[spec.id]} cannot run on this server: ${missing.join(', ')} not installed`,
        'unavailable',
      );
    }
    if (request.inputs.length === 0) throw new DomainError('SANDBOX.NO_INPUT', 'an execution needs at least one input', 'invalid');

    const uid = this.allocateUid(environment.tools);
    const hostDir = await mkdtemp(join(tmpdir(), 'candor-sbx-'));
    try {
      return await this.executeIn(hostDir, uid, environment, spec, request);
    } finally {
      await rm(hostDir, { recursive: true, force: true });
      if (uid !== null) this.uidsInUse.delete(uid);
    }
  }

  private async executeIn(hostDir: string, uid: number | null, env: Environment, spec: LanguageSpec, request: SandboxRequest): Promise<SandboxExecution> {
    const isolated = env.tools.bwrap !== null;
    const box = join(hostDir, 'box');
    // Isolated, /tmp is a fresh tmpfs inside the sandbox; unisolated, the program gets this directory's tmp/.
    const dirs = isolated ? [hostDir, box] : [hostDir, box, join(hostDir, 'tmp')];
    for (const dir of dirs.slice(1)) await mkdir(dir);
    await chmod(hostDir, 0o700);
    if (uid !== null) for (const dir of dirs) await chown(dir, uid, uid);
    const sourceFile = spec.sourceFile(request.code);
    await writeFile(join(box, sourceFile), request.code, { mode: 0o644 });

    const memoryMb = clamp(request.limits?.memoryMb, this.config.memoryMb);
    const timeoutMs = clamp(request.limits?.timeoutMs, this.config.timeoutMs);
    const context: PhaseContext = {
      box: isolated ? BOX : box,
      sourceFile,
      binaries: Object.fromEntries(Object.entries(env.runtimes.binaries).map(([name, found]) => [name, found.path])),
      typescriptDir: isolated ? TYPESCRIPT_MOUNT : (env.runtimes.typescript?.dir ?? ''),
      memoryMb,
    };
    const step = (phase: PhaseSpec, limits: StepLimits, boxWritable: boolean, cgroupProcs: readonly string[]) =>
      buildStepCommand({
        tools: env.tools,
        uid,
        limits,
        hostDir,
        boxWritable,
        tmpMb: this.config.tmpMb,
        readOnlyPaths: env.mounts.readOnlyPaths,
        rootSymlinks: env.mounts.rootSymlinks,
        extraMounts: spec.needsTypescript && env.runtimes.typescript ? [{ host: env.runtimes.typescript.dir, mountedAt: TYPESCRIPT_MOUNT }] : [],
        cwd: boxWritable ? 'box' : 'tmp',
        argv: phase.argv,
        cgroupProcs,
      });
    const io = { maxOutputBytes: this.config.maxOutputBytes, killProcessGroup: !isolated };
    const stepInGroup = (phase: PhaseSpec, limits: StepLimits, boxWritable: boolean, stepIo: StepIo, memoryLimitMb: number) =>
      this.runInGroup(env, (cgroupProcs) => step(phase, limits, boxWritable, cgroupProcs), stepIo, {
        memoryMb: groupMemoryMb(memoryLimitMb),
        processes: limits.processes,
        cpus: 1,
      });

    let compile: SandboxCompile | null = null;
    if (spec.compile) {
      const phase = spec.compile(context);
      const limits: StepLimits = {
        addressSpaceMb: phase.addressSpaceMb,
        cpuMs: this.config.compileTimeoutMs,
        processes: Math.max(this.config.maxProcesses, 128) + ownProcesses(env.tools),
        openFiles: Math.max(this.config.maxOpenFiles, 256),
        fileMb: this.config.tmpMb,
      };
      const outcome = await stepInGroup(phase, limits, true, { ...io, stdin: '', timeoutMs: this.config.compileTimeoutMs }, Math.max(memoryMb, COMPILE_MEMORY_MB));
      compile = interpretCompile(outcome, this.config.compileTimeoutMs, this.config.maxOutputBytes);
      if (!compile.ok) return { language: spec.id, isolated, compile, runs: [] };
    }

    const phase = spec.run(context, request.code);
    const cpuMs = Math.min(this.config.cpuTimeMs, timeoutMs);
    const limits: StepLimits = {
      addressSpaceMb: phase.addressSpaceMb,
      cpuMs,
      processes: env.maxProcesses + ownProcesses(env.tools),
      openFiles: this.config.maxOpenFiles,
      fileMb: this.config.tmpMb,
    };
    const runLimits: RunLimits = { timeoutMs, cpuMs, memoryMb, maxOutputBytes: this.config.maxOutputBytes, fileMb: this.config.tmpMb };
    const runs: SandboxRun[] = [];
    for (const input of request.inputs) {
      const outcome = await stepInGroup(phase, limits, false, { ...io, stdin: input, timeoutMs }, memoryMb);
      runs.push(interpretRun(outcome, spec, runLimits));
    }
    return { language: spec.id, isolated, compile, runs };
  }

  /** One step in a fresh control group (when the host has them), removed afterwards; a kill for memory is reported. */
  private async runInGroup(env: Environment, command: (cgroupProcs: readonly string[]) => SpawnCommand, io: StepIo, limits: RunGroupLimits): Promise<StepOutcome> {
    if (!env.cgroups) return runStep(command([]), io);
    const group = await createRunGroup(env.cgroups, `run-${randomUUID()}`, limits);
    try {
      const outcome = await runStep(command(group.procsFiles), { ...io, outOfMemory: () => group.oomKilled() });
      return outcome.memoryLimitHit || !(await group.oomKilled()) ? outcome : { ...outcome, memoryLimitHit: true };
    } finally {
      await group.remove();
    }
  }

  private allocateUid(tools: IsolationTools): number | null {
    if (!tools.setpriv) return null;
    for (;;) {
      const uid = UID_BASE + randomInt(UID_SPAN);
      if (!this.uidsInUse.has(uid)) {
        this.uidsInUse.add(uid);
        return uid;
      }
    }
  }

  private prepare(): Promise<Environment> {
    this.environment ??= this.detect().then((environment) => {
      const { status } = environment;
      const level = !status.available ? 'error' : status.isolated ? 'info' : 'warn';
      this.options.logger?.entry(level, status.available ? 'sandbox ready' : 'code execution disabled', {
        isolated: status.isolated,
        detail: status.detail,
      });
      return environment;
    });
    return this.environment;
  }

  private async detect(): Promise<Environment> {
    const runtimes = await discoverRuntimes();
    const root = process.getuid?.() === 0;
    const bwrap = this.options.bwrapPath === undefined ? firstExecutable(['/usr/bin/bwrap', '/usr/local/bin/bwrap']) : this.options.bwrapPath;
    const prlimit = firstExecutable(['/usr/bin/prlimit', '/bin/prlimit']);
    const setpriv = root ? firstExecutable(['/usr/bin/setpriv', '/bin/setpriv']) : null;
    const shell = firstExecutable(['/bin/sh', '/usr/bin/sh']) ?? '/bin/sh';
    const mounts = sandboxMounts(runtimes);
    const cgroupRoot = this.options.cgroupRoot === undefined ? '/sys/fs/cgroup' : this.options.cgroupRoot;
    const found = cgroupRoot === null ? 'disabled' : !root ? 'the server is not root' : await detectCgroups(cgroupRoot);
    const cgroups = typeof found === 'string' ? null : found;
    const maxProcesses = cgroups ? this.config.maxProcesses : Math.min(this.config.maxProcesses, NO_CGROUP_MAX_PROCESSES);
    const memoryMb = this.config.memoryMb;
    const limitsNote = cgroups
      ? `a cgroup ${cgroups.version} per run: ${memoryMb} MB of memory for the run as a whole (${groupMemoryMb(memoryMb)} MB with the runtime's headroom, no swap), at most ${maxProcesses} processes`
      : `no cgroup (${found}): memory is capped per process, ${maxProcesses} processes x ${memoryMb} MB = up to ${maxProcesses * memoryMb} MB per run`;
    const unavailable = (detail: string): Environment => ({
      status: { available: false, isolated: false, detail, limits: limitsNote },
      tools: { prlimit: prlimit ?? '', setpriv, bwrap: null, gnuTime: runtimes.gnuTime, shell },
      runtimes,
      mounts,
      cgroups,
      maxProcesses,
    });
    if (!prlimit) return unavailable('prlimit is missing: install util-linux');
    if (root && !setpriv) return unavailable('setpriv is missing (needed to run code as an unprivileged uid): install util-linux');

    const tools: IsolationTools = { prlimit, setpriv, bwrap: null, gnuTime: runtimes.gnuTime, shell };
    let problem = bwrap ? null : `bubblewrap (bwrap) is not installed: ${INSTALL_HINT}`;
    if (bwrap) {
      const isolatedTools = { ...tools, bwrap, bwrapDisablesUserns: (await commandOutput(bwrap, ['--help'])).includes('--disable-userns') };
      problem = await this.probe(isolatedTools, mounts);
      if (!problem) {
        const version = await commandOutput(bwrap, ['--version']);
        const memory = runtimes.gnuTime ? 'peak memory measured with GNU time' : 'GNU time missing: peak memory is not measured';
        return {
          status: {
            available: true,
            isolated: true,
            detail:
              `${version || 'bubblewrap'}: user, pid, network, ipc and uts namespaces` +
              `${isolatedTools.bwrapDisablesUserns ? ', nested user namespaces disabled' : ''}; ` +
              `${setpriv ? 'a fresh uid per execution' : 'the server uid'}; ${memory}; ${limitsNote}`,
            limits: limitsNote,
          },
          tools: isolatedTools,
          runtimes,
          mounts,
          cgroups,
          maxProcesses,
        };
      }
    }
    if (this.config.allowUnisolated) {
      return {
        status: { available: true, isolated: false, detail: `UNISOLATED (SANDBOX_ALLOW_UNISOLATED=1, development only): ${problem}; ${limitsNote}`, limits: limitsNote },
        tools,
        runtimes,
        mounts,
        cgroups,
        maxProcesses,
      };
    }
    return unavailable(problem!);
  }

  /** Runs `true` in a full sandbox once: bwrap may be installed yet unable to create namespaces (some containers). */
  private async probe(tools: IsolationTools, mounts: Environment['mounts']): Promise<string | null> {
    const hostDir = await mkdtemp(join(tmpdir(), 'candor-sbx-probe-'));
    const uid = this.allocateUid(tools);
    try {
      await mkdir(join(hostDir, 'box'));
      if (uid !== null) for (const dir of [hostDir, join(hostDir, 'box')]) await chown(dir, uid, uid);
      const command = buildStepCommand({
        tools,
        uid,
        limits: { addressSpaceMb: 256, cpuMs: 5_000, processes: 16, openFiles: 64, fileMb: 1 },
        hostDir,
        boxWritable: false,
        tmpMb: 1,
        ...mounts,
        extraMounts: [],
        cwd: 'tmp',
        argv: ['/usr/bin/true'],
      });
      const outcome = await runStep(command, { stdin: '', timeoutMs: 10_000, maxOutputBytes: 4096, killProcessGroup: false });
      if (outcome.exitCode === 0) return null;
      return explainProbeFailure(outcome.control, `exit ${outcome.exitCode ?? outcome.signal}`);
    } catch (error) {
      return `bubblewrap could not start: ${(error as Error).message}`;
    } finally {
      await rm(hostDir, { recursive: true, force: true });
      if (uid !== null) this.uidsInUse.delete(uid);
    }
  }
}

/**
 * What the sandbox mounts besides /usr: the merged-/usr symlinks (or the real directories on older
 * systems), the loader cache, the JDK's configuration under /etc, and the install prefix of any runtime
 * living outside /usr (e.g. nvm's node), unless that prefix would expose the server's own directory.
 */
function sandboxMounts(runtimes: HostRuntimes): Environment['mounts'] {
  const rootSymlinks: { name: string; target: string }[] = [];
  const readOnlyPaths: string[] = ['/etc/ld.so.cache'];
  for (const name of ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32']) {
    try {
      const stat = lstatSync(`/${name}`);
      if (stat.isSymbolicLink()) rootSymlinks.push({ name, target: readlinkSync(`/${name}`) });
      else if (stat.isDirectory()) readOnlyPaths.push(`/${name}`);
    } catch {
      // absent on this system
    }
  }
  try {
    readOnlyPaths.push(...readdirSync('/etc').filter((entry) => entry.startsWith('java')).map((entry) => `/etc/${entry}`));
  } catch {
    // no /etc to read: nothing to add
  }
  const cwd = process.cwd();
  for (const found of Object.values(runtimes.binaries)) {
    if (!found || found.path.startsWith('/usr/')) continue;
    const prefix = dirname(dirname(found.path));
    if (prefix !== '/' && !`${cwd}/`.startsWith(`${prefix}/`) && !readOnlyPaths.includes(prefix)) readOnlyPaths.push(prefix);
  }
  return { readOnlyPaths, rootSymlinks };
}

function missingFor(spec: LanguageSpec, runtimes: HostRuntimes): string[] {
  const missing: string[] = spec.binaries.filter((binary) => !runtimes.binaries[binary]).map((binary) => (binary === 'gxx' ? 'g++' : binary));
  if (spec.needsTypescript && !runtimes.typescript) missing.push('the typescript package');
  return missing;
}

function versionOf(spec: LanguageSpec, runtimes: HostRuntimes): string | null {
  if (spec.id === 'typescript') {
    const node = runtimes.binaries.node?.version;
    return runtimes.typescript && node ? `${runtimes.typescript.version} (Node.js ${node})` : null;
  }
  return runtimes.binaries[spec.binaries[spec.binaries.length - 1]]?.version ?? null;
}

function clamp(requested: number | undefined, max: number): number {
  return requested !== undefined && Number.isFinite(requested) && requested > 0 ? Math.min(Math.ceil(requested), max) : max;
}

function commandOutput(file: string, args: string[]): Promise<string> {
  return new Promise((resolve) => execFile(file, args, { timeout: 5_000 }, (error, stdout) => resolve(error ? '' : stdout.trim())));
}
