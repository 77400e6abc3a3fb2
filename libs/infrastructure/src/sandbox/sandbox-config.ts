import { CodeExecutionPolicy } from '@candor/application/code-execution/code-execution.policy';

/** Code execution settings, read from the environment with safe defaults. The README lists each variable. */
export interface SandboxConfig {
  /** SANDBOX_WORKERS: executions run at once by this process's worker. */
  readonly workers: number;
  /** SANDBOX_QUEUE_MAX: executions allowed to wait; past it callers get 503 (QueueFullError). */
  readonly queueMax: number;
  /** SANDBOX_QUEUE_WAIT_MS: how long a request may wait for a free worker. */
  readonly queueWaitMs: number;
  /** SANDBOX_TIMEOUT_MS: default and maximum wall time of one run. */
  readonly timeoutMs: number;
  /** SANDBOX_CPU_TIME_MS: CPU time of one run (all its threads and processes each); defaults to the wall time. */
  readonly cpuTimeMs: number;
  /** SANDBOX_COMPILE_TIMEOUT_MS: wall (and CPU) time of a compile step. */
  readonly compileTimeoutMs: number;
  /** SANDBOX_MEMORY_MB: memory of one run (address space; heap size for the JVM and Node). */
  readonly memoryMb: number;
  /** SANDBOX_MAX_PROCESSES: processes and threads of one run. */
  readonly maxProcesses: number;
  /** SANDBOX_MAX_OPEN_FILES: open file descriptors per process. */
  readonly maxOpenFiles: number;
  /** SANDBOX_MAX_OUTPUT_BYTES: stdout and stderr are each cut (and marked) past this, and the run is stopped. */
  readonly maxOutputBytes: number;
  /** SANDBOX_TMP_MB: size of the private writable /tmp (also the largest file a run may write). */
  readonly tmpMb: number;
  /** SANDBOX_MAX_CODE_BYTES */
  readonly maxCodeBytes: number;
  /** SANDBOX_MAX_INPUT_BYTES: stdin of a run, and each test case's input and expected output. */
  readonly maxInputBytes: number;
  /** SANDBOX_MAX_TEST_CASES */
  readonly maxTestCases: number;
  /** SANDBOX_ALLOW_UNISOLATED=1: without bubblewrap, run code with limits but NO isolation (development only). */
  readonly allowUnisolated: boolean;
  /** REDIS_URL: executions go through Bull on Redis (workers may be other processes); unset, an in-process queue. */
  readonly redisUrl: string | null;
}

export const SANDBOX_CONFIG = Symbol('SANDBOX_CONFIG');

export function sandboxConfigFromEnv(env: NodeJS.ProcessEnv): SandboxConfig {
  const timeoutMs = int(env.SANDBOX_TIMEOUT_MS, 10_000, 100);
  return {
    workers: int(env.SANDBOX_WORKERS, 2, 1),
    queueMax: int(env.SANDBOX_QUEUE_MAX, 50, 0),
    queueWaitMs: int(env.SANDBOX_QUEUE_WAIT_MS, 30_000, 0),
    timeoutMs,
    cpuTimeMs: int(env.SANDBOX_CPU_TIME_MS, timeoutMs, 100),
    compileTimeoutMs: int(env.SANDBOX_COMPILE_TIMEOUT_MS, 20_000, 1_000),
    memoryMb: int(env.SANDBOX_MEMORY_MB, 256, 32),
    maxProcesses: int(env.SANDBOX_MAX_PROCESSES, 64, 4),
    maxOpenFiles: int(env.SANDBOX_MAX_OPEN_FILES, 64, 16),
    maxOutputBytes: int(env.SANDBOX_MAX_OUTPUT_BYTES, 1_048_576, 1_024),
    tmpMb: int(env.SANDBOX_TMP_MB, 64, 1),
    maxCodeBytes: int(env.SANDBOX_MAX_CODE_BYTES, 131_072, 1_024),
    maxInputBytes: int(env.SANDBOX_MAX_INPUT_BYTES, 1_048_576, 0),
    maxTestCases: int(env.SANDBOX_MAX_TEST_CASES, 20, 1),
    allowUnisolated: env.SANDBOX_ALLOW_UNISOLATED === '1' || env.SANDBOX_ALLOW_UNISOLATED === 'true',
    redisUrl: env.REDIS_URL || null,
  };
}

/** The part of the config the application checks before queueing (bind it to CODE_EXECUTION_POLICY). */
export function codeExecutionPolicyOf(config: SandboxConfig): CodeExecutionPolicy {
  return {
    maxCodeBytes: config.maxCodeBytes,
    maxInputBytes: config.maxInputBytes,
    maxTestCases: config.maxTestCases,
    runTimeoutMs: config.timeoutMs,
    compileTimeoutMs: config.compileTimeoutMs,
    queueWaitMs: config.queueWaitMs,
  };
}

/** A whole number no smaller than `min`; anything unparsable falls back to the default. */
function int(value: string | undefined, fallback: number, min: number): number {
  const parsed = value === undefined || value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed >= min ? parsed : fallback;
}
