import { StdioOptions, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { SpawnCommand } from './sandbox-command';

/** What one sandboxed step did, before any interpretation. */
export interface StepOutcome {
  /** Exit code of the outer process (bwrap passes the program's through); null when a signal ended it. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  /** bwrap's own errors and GNU time's statistics. */
  readonly control: string;
  readonly stdoutTruncated: boolean;
  readonly stderrTruncated: boolean;
  readonly timedOut: boolean;
  readonly outputExceeded: boolean;
  readonly wallTimeMs: number;
  /** The run's control group reported a process killed for passing the memory limit: the run was stopped. */
  readonly memoryLimitHit?: boolean;
}

export interface StepIo {
  readonly stdin: string;
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
  /** Unisolated steps have no pid namespace: kill their whole process group when the step ends. */
  readonly killProcessGroup: boolean;
  /** Polled while the step runs; true stops the step (the whole run) as out of memory. */
  readonly outOfMemory?: () => Promise<boolean>;
}

const CONTROL_CAP = 64 * 1024;
const OOM_POLL_MS = 50;
/** Unisolated: a daemonized child may keep our pipes open, stop waiting for them after this. Isolated: how long bwrap gets to reap its killed pid 1. */
const PIPE_GRACE_MS = 1_000;

/**
 * stdin, stdout, control and program stderr as pipes; and /dev/null over every descriptor this process
 * inherited without close-on-exec (from whatever started the server), which every child would otherwise
 * inherit too, right into the sandbox.
 */
function stdioWithoutLeaks(): { stdio: StdioOptions; devNull: number | null } {
  const stdio: StdioOptions = ['pipe', 'pipe', 'pipe', 'pipe'];
  const leaked = inheritableDescriptors().filter((fd) => fd >= stdio.length);
  if (leaked.length === 0) return { stdio, devNull: null };
  const devNull = openSync('/dev/null', 'r');
  for (let fd = stdio.length; fd <= Math.max(...leaked); fd += 1) stdio.push(leaked.includes(fd) ? devNull : 'ignore');
  return { stdio, devNull };
}

function sigkill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const O_CLOEXEC = 0o2000000;

/** This process's open descriptors that an exec'd child would keep. */
export function inheritableDescriptors(): number[] {
  const inheritable: number[] = [];
  for (const entry of readdirSync('/proc/self/fd')) {
    try {
      const flags = /^flags:\s+([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${entry}`, 'utf8'))?.[1];
      if (flags !== undefined && (parseInt(flags, 8) & O_CLOEXEC) === 0) inheritable.push(Number(entry));
    } catch {
      // closed meanwhile (e.g. the directory handle of this very listing)
    }
  }
  return inheritable;
}

/**
 * Spawns the step with four pipes (stdin, stdout, control, program stderr), caps what it reads, and kills the
 * step at the wall-time limit or as soon as output passes the cap. Killing the namespace's pid 1 makes the
 * kernel kill every process the program started.
 */
export function runStep(command: SpawnCommand, io: StepIo): Promise<StepOutcome> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const { stdio, devNull } = stdioWithoutLeaks();
    const child = spawn(command.file, command.args, { env: command.env, cwd: command.cwd, stdio, detached: true });
    if (devNull !== null) closeSync(devNull);
    let timedOut = false;
    let outputExceeded = false;
    let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    let graceTimer: NodeJS.Timeout | undefined;
    let fallbackTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (exited || !child.pid) return;
      if (io.killProcessGroup) return sigkill(-child.pid);
      // Kill the namespace's pid 1 rather than bwrap itself: bwrap then reaps it (after the kernel has killed
      // the rest of the namespace) and exits. Killing bwrap first would leave pid 1 a zombie for the host's init.
      const inits = childrenOf(child.pid);
      inits.forEach(sigkill);
      if (inits.length === 0) sigkill(child.pid);
      else fallbackTimer ??= setTimeout(() => sigkill(child.pid!), PIPE_GRACE_MS);
    };
    const capped = (stream: Readable | null | undefined, cap: number, onOverflow: () => void) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      stream?.on('data', (chunk: Buffer) => {
        if (truncated) return;
        if (size + chunk.length > cap) {
          chunks.push(chunk.subarray(0, cap - size));
          size = cap;
          truncated = true;
          onOverflow();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      return { text: () => Buffer.concat(chunks), truncated: () => truncated };
    };
    const overflow = () => {
      outputExceeded = true;
      kill();
    };
    const stdout = capped(child.stdout, io.maxOutputBytes, overflow);
    const control = capped(child.stdio[2] as Readable, CONTROL_CAP, () => undefined);
    const stderr = capped(child.stdio[3] as Readable, io.maxOutputBytes, overflow);

    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, io.timeoutMs);
    // The kernel kills one process of the group at the limit; the run as a whole is then over.
    let memoryLimitHit = false;
    const oomWatch = io.outOfMemory
      ? setInterval(() => {
          void io.outOfMemory?.().then((hit) => {
            if (!hit || memoryLimitHit || exited) return;
            memoryLimitHit = true;
            kill();
          }, () => undefined);
        }, OOM_POLL_MS)
      : undefined;

    child.stdin?.on('error', () => undefined); // EPIPE when the program exits without reading its input
    child.stdin?.end(io.stdin);

    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(oomWatch);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      clearTimeout(timer);
      clearTimeout(fallbackTimer);
      if (io.killProcessGroup) {
        sigkill(-(child.pid as number));
        graceTimer = setTimeout(() => child.stdio.forEach((s) => s?.destroy()), PIPE_GRACE_MS);
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(oomWatch);
      clearTimeout(fallbackTimer);
      clearTimeout(graceTimer);
      const end = exited ?? { code, signal };
      resolve({
        exitCode: end.code,
        signal: end.signal,
        stdout: stdout.text(),
        stderr: stderr.text(),
        control: control.text().toString('utf8'),
        stdoutTruncated: stdout.truncated(),
        stderrTruncated: stderr.truncated(),
        timedOut,
        outputExceeded,
        wallTimeMs: Number(process.hrtime.bigint() - started) / 1e6,
        memoryLimitHit,
      });
    });
  });
}
