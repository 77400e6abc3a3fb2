/** The limits the application checks before a job is queued; the composition root fills them from config. */
export interface CodeExecutionPolicy {
  readonly maxCodeBytes: number;
  /** stdin of one run, and each test case's input and expected output. */
  readonly maxInputBytes: number;
  readonly maxTestCases: number;
  /** Default and maximum wall time of one run; a request may ask for less. */
  readonly runTimeoutMs: number;
  readonly compileTimeoutMs: number;
  /** How long a request may wait for a free worker before the caller gets an error. */
  readonly queueWaitMs: number;
}

export const CODE_EXECUTION_POLICY = Symbol('CODE_EXECUTION_POLICY');

/** Sandbox start-up and teardown on top of each run's own limit. */
const PER_RUN_OVERHEAD_MS = 2_000;

/** The longest a caller waits for one execution: queue wait, compile, every run, each with its overhead. */
export function codeExecutionJobTimeoutMs(policy: CodeExecutionPolicy, runs: number, runTimeoutMs: number): number {
  return policy.queueWaitMs + policy.compileTimeoutMs + PER_RUN_OVERHEAD_MS + runs * (runTimeoutMs + PER_RUN_OVERHEAD_MS);
}
