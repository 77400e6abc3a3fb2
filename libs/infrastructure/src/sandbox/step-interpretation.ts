import { constants } from 'node:os';
import { ExecutionStatus, SandboxCompile, SandboxRun } from '@candor/application/ports/sandbox.port';
import { LanguageSpec } from './language-runtimes';
import { STATS_PREFIX } from './sandbox-command';
import { StepOutcome } from './sandbox-process';

/** The sandbox itself failed (bad mount, missing helper): an infrastructure error, never the program's fault. */
export class SandboxSetupError extends Error {
  constructor(detail: string) {
    super(`sandbox setup failed: ${detail}`);
    this.name = 'SandboxSetupError';
  }
}

export interface ControlReport {
  readonly memoryKb: number | null;
  readonly cpuTimeMs: number | null;
  /** The signal that ended the program, as GNU time saw it. */
  readonly signal: number | null;
  /** Other lines (bwrap errors, "time: cannot run ..."). */
  readonly diagnostics: string;
}

/** Number to name; the first name wins where two share a number (SIGABRT before SIGIOT). */
const SIGNAL_NAMES = new Map<number, string>();
for (const [name, n] of Object.entries(constants.signals)) if (!SIGNAL_NAMES.has(n)) SIGNAL_NAMES.set(n, name);

export function parseControl(control: string): ControlReport {
  let memoryKb: number | null = null;
  let cpuTimeMs: number | null = null;
  let signal: number | null = null;
  const other: string[] = [];
  for (const line of control.split('\n')) {
    const stats = new RegExp(`^${STATS_PREFIX} (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+)$`).exec(line);
    const terminated = /^Command terminated by signal (\d+)$/.exec(line);
    if (stats) {
      memoryKb = Number(stats[1]);
      cpuTimeMs = Math.round((Number(stats[3]) + Number(stats[4])) * 1000);
    } else if (terminated) signal = Number(terminated[1]);
    else if (line.trim() !== '' && !/^Command exited with non-zero status \d+$/.test(line)) other.push(line);
  }
  return { memoryKb, cpuTimeMs, signal, diagnostics: other.join('\n') };
}

export interface RunLimits {
  readonly timeoutMs: number;
  readonly cpuMs: number;
  readonly memoryMb: number;
  readonly maxOutputBytes: number;
  readonly fileMb: number;
}

/** Classifies a finished run: which limit ended it, if any, and a sentence saying so. */
export function interpretRun(outcome: StepOutcome, spec: LanguageSpec, limits: RunLimits): SandboxRun {
  const report = parseControl(outcome.control);
  failIfSetupBroke(outcome, report);
  const signalNumber = report.signal ?? signalNumberOf(outcome);
  const exitCode = outcome.exitCode ?? (signalNumber !== null ? 128 + signalNumber : 1);
  // Without GNU time, a shell-style 128+n exit code is the only trace of a signal.
  const signalSeen = signalNumber ?? (report.memoryKb === null && exitCode > 128 && exitCode < 160 ? exitCode - 128 : null);
  let stderr = decode(outcome.stderr, outcome.stderrTruncated, limits.maxOutputBytes);
  if (report.diagnostics) stderr = stderr ? `${stderr}\n${report.diagnostics}` : report.diagnostics;
  const { status, message } = classify(outcome, spec, limits, { ...report, signal: signalSeen, exitCode, stderr });
  return {
    status,
    stdout: decode(outcome.stdout, outcome.stdoutTruncated, limits.maxOutputBytes),
    stderr,
    exitCode,
    signal: signalSeen !== null ? (SIGNAL_NAMES.get(signalSeen) ?? `signal ${signalSeen}`) : null,
    wallTimeMs: Math.round(outcome.wallTimeMs),
    cpuTimeMs: report.cpuTimeMs,
    memoryKb: report.memoryKb,
    stdoutTruncated: outcome.stdoutTruncated,
    stderrTruncated: outcome.stderrTruncated,
    message,
  };
}

export function interpretCompile(outcome: StepOutcome, timeoutMs: number, maxOutputBytes: number): SandboxCompile {
  const report = parseControl(outcome.control);
  failIfSetupBroke(outcome, report);
  const text = [decode(outcome.stdout, outcome.stdoutTruncated, maxOutputBytes), decode(outcome.stderr, outcome.stderrTruncated, maxOutputBytes), report.diagnostics]
    .filter((part) => part !== '')
    .join('\n');
  const exitCode = outcome.exitCode ?? 128 + (report.signal ?? signalNumberOf(outcome) ?? constants.signals.SIGKILL);
  const message = outcome.timedOut
    ? `Compilation timed out after ${timeoutMs} ms`
    : outcome.outputExceeded
      ? `Compiler output passed ${maxOutputBytes} bytes`
      : report.signal !== null || outcome.signal
        ? 'The compiler was stopped by a resource limit'
        : null;
  return {
    ok: exitCode === 0 && !outcome.timedOut && !outcome.outputExceeded,
    output: text,
    exitCode: exitCode === 0 && message ? 1 : exitCode,
    durationMs: Math.round(outcome.wallTimeMs),
    message,
  };
}

interface Facts extends ControlReport {
  readonly exitCode: number;
  readonly stderr: string;
}

function classify(outcome: StepOutcome, spec: LanguageSpec, limits: RunLimits, facts: Facts): { status: ExecutionStatus; message: string | null } {
  if (outcome.timedOut) return { status: 'timeout', message: `Time limit exceeded (${limits.timeoutMs} ms wall time)` };
  if (outcome.outputExceeded) {
    return { status: 'output_limit', message: `Output limit exceeded: output past ${limits.maxOutputBytes} bytes was cut and the program stopped` };
  }
  if (outcome.memoryLimitHit) {
    return { status: 'memory_limit', message: `Memory limit exceeded (${limits.memoryMb} MB for the run as a whole, all its processes together)` };
  }
  const cpuLimitHit = facts.cpuTimeMs !== null && facts.cpuTimeMs >= Math.ceil(limits.cpuMs / 1000) * 1000 - 50;
  if (facts.signal === constants.signals.SIGXCPU || (facts.signal === constants.signals.SIGKILL && cpuLimitHit)) {
    return { status: 'timeout', message: `Time limit exceeded (${limits.cpuMs} ms CPU time)` };
  }
  if (facts.exitCode === 0 && facts.signal === null) return { status: 'ok', message: null };
  const nearMemoryCap = spec.addressSpaceIsMemory && facts.memoryKb !== null && facts.memoryKb >= limits.memoryMb * 1024 * 0.85;
  if (spec.outOfMemory.test(facts.stderr) || nearMemoryCap) {
    return { status: 'memory_limit', message: `Memory limit exceeded (${limits.memoryMb} MB)` };
  }
  if (facts.signal === constants.signals.SIGXFSZ) {
    return { status: 'runtime_error', message: `File size limit exceeded (${limits.fileMb} MB per file)` };
  }
  if (facts.signal !== null) return { status: 'runtime_error', message: `Killed by ${SIGNAL_NAMES.get(facts.signal) ?? `signal ${facts.signal}`}` };
  return { status: 'runtime_error', message: null };
}

/** bwrap prints "bwrap: ..." and exits 1 when it cannot build the sandbox; the program never ran. */
function failIfSetupBroke(outcome: StepOutcome, report: ControlReport): void {
  if (outcome.exitCode === 1 && report.memoryKb === null && /^bwrap: /m.test(report.diagnostics)) {
    throw new SandboxSetupError(report.diagnostics.split('\n').find((l) => l.startsWith('bwrap: ')) ?? report.diagnostics);
  }
}

function signalNumberOf(outcome: StepOutcome): number | null {
  return outcome.signal ? constants.signals[outcome.signal] : null;
}

function decode(bytes: Buffer, truncated: boolean, cap: number): string {
  const text = bytes.toString('utf8');
  return truncated ? `${text}\n[output truncated at ${cap} bytes]` : text;
}
