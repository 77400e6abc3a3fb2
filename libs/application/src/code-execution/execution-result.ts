import { ExecutionStatus, SandboxLanguage } from '../ports/sandbox.port';

/** An optional check on a program: feed `input` on stdin, expect `expectedOutput` on stdout. */
export interface TestCase {
  readonly input: string;
  readonly expectedOutput: string;
  /** Instead of expectedOutput, for long outputs: the SHA-256 (hex) of the expected output, normalised. */
  readonly expectedSha256?: string;
  /** A run that takes longer fails the case even when its output is right. */
  readonly timeLimitMs?: number;
}

export interface TestCaseResult {
  readonly index: number;
  /** The run ended `ok` and its stdout matched (see outputsMatch for the comparison). */
  readonly passed: boolean;
  readonly status: ExecutionStatus;
  readonly input: string;
  readonly expectedOutput: string;
  readonly actualOutput: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly executionTimeMs: number;
  readonly memoryKb: number | null;
  readonly message: string | null;
}

/**
 * One execution as the application reports it; the surfaces' mappers (execution-response.mappers.ts)
 * turn it into each documented body. With test cases, the top-level fields describe the first failing
 * case (or the first case when all pass).
 */
export interface ExecutionResult {
  readonly language: SandboxLanguage;
  readonly status: ExecutionStatus;
  readonly stdout: string;
  /** The program's stderr, or the compiler's diagnostics when status is compile_error. */
  readonly stderr: string;
  readonly exitCode: number;
  readonly signal: string | null;
  /** Wall time of the program run (0 when it did not compile). */
  readonly executionTimeMs: number;
  readonly cpuTimeMs: number | null;
  /** Peak resident memory in KiB (null when the host cannot measure it). */
  readonly memoryKb: number | null;
  readonly truncated: boolean;
  /** Why a limit ended the run, for people; null when status is ok or runtime_error. */
  readonly message: string | null;
  readonly isolated: boolean;
  readonly compileTimeMs: number | null;
  readonly tests: { readonly passed: number; readonly total: number; readonly results: readonly TestCaseResult[] } | null;
}
