/**
 * Runs untrusted code. The local adapter isolates each execution with Linux namespaces (bubblewrap) and
 * resource limits; callers never run candidate code themselves. Executions normally reach the sandbox
 * through the JobQueue (see code-execution/), so a worker may live in another process.
 */
export const SANDBOX_LANGUAGES = ['python', 'javascript', 'typescript', 'c', 'cpp', 'java'] as const;
export type SandboxLanguage = (typeof SANDBOX_LANGUAGES)[number];

/**
 * How a run ended. `timeout` covers wall and CPU time; `output_limit` means stdout or stderr went past the
 * cap (the text is cut and marked); `memory_limit` means an allocation failed at the memory cap.
 */
export type ExecutionStatus = 'ok' | 'compile_error' | 'runtime_error' | 'timeout' | 'memory_limit' | 'output_limit';

/** Per-execution limits a caller may ask for; the adapter clamps each to its configured maximum. */
export interface SandboxLimitsRequest {
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
}

export interface SandboxRequest {
  readonly language: SandboxLanguage;
  readonly code: string;
  /** One run per input (stdin), in order, after a single compile step. At least one. */
  readonly inputs: readonly string[];
  readonly limits?: SandboxLimitsRequest;
}

export interface SandboxRun {
  readonly status: ExecutionStatus;
  readonly stdout: string;
  readonly stderr: string;
  /** The process's exit code; 128 + signal number when a signal ended it (as shells report it). */
  readonly exitCode: number;
  /** e.g. 'SIGKILL' when a signal ended the program. */
  readonly signal: string | null;
  readonly wallTimeMs: number;
  readonly cpuTimeMs: number | null;
  /** Peak resident memory in KiB; null when the host cannot measure it (GNU time missing). */
  readonly memoryKb: number | null;
  readonly stdoutTruncated: boolean;
  readonly stderrTruncated: boolean;
  /** A sentence for people when a limit ended the run (e.g. "Time limit exceeded (2000 ms wall time)"). */
  readonly message: string | null;
}

export interface SandboxCompile {
  readonly ok: boolean;
  /** Compiler diagnostics (cut at the output cap); empty when it compiled silently. */
  readonly output: string;
  readonly exitCode: number;
  readonly durationMs: number;
  /** Set when the compiler itself hit a limit (e.g. "Compilation timed out after 20000 ms"). */
  readonly message: string | null;
}

export interface SandboxExecution {
  readonly language: SandboxLanguage;
  /** false only in development with SANDBOX_ALLOW_UNISOLATED=1 and no bubblewrap. */
  readonly isolated: boolean;
  /** null for interpreted languages. */
  readonly compile: SandboxCompile | null;
  /** Empty when compilation failed; otherwise one per input. */
  readonly runs: readonly SandboxRun[];
}

export interface LanguageInfo {
  readonly id: SandboxLanguage;
  readonly name: string;
  /** e.g. "3.11.2"; null when the runtime is missing on this host. */
  readonly version: string | null;
  readonly available: boolean;
  readonly compiled: boolean;
  readonly aliases: readonly string[];
}

export interface SandboxStatus {
  /** Whether this host will execute code at all. */
  readonly available: boolean;
  readonly isolated: boolean;
  /** What is missing and how to install it, or how the sandbox isolates. */
  readonly detail: string;
  /** How memory and processes are bounded per run (a cgroup, or per process and the resulting total); no paths. */
  readonly limits?: string;
}

export interface Sandbox {
  /**
   * Compiles once, then runs once per input. Limits ending a run are reported in its status, not thrown.
   * Throws DomainError 'unavailable' when this host cannot execute code (or that language) safely.
   */
  execute(request: SandboxRequest): Promise<SandboxExecution>;
  /** What this host can run, with versions. */
  languages(): Promise<readonly LanguageInfo[]>;
  status(): Promise<SandboxStatus>;
}

export const SANDBOX = Symbol('SANDBOX');
