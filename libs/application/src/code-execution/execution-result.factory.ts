import { SandboxExecution, SandboxRun } from '../ports/sandbox.port';
import { ExecutionResult, TestCase } from './execution-result';
import { evaluateTestCases } from './test-case-evaluation';

/** Folds what the sandbox returned (and the optional test cases) into one ExecutionResult. */
export function toExecutionResult(execution: SandboxExecution, testCases: readonly TestCase[] | null): ExecutionResult {
  const compile = execution.compile;
  if (compile && !compile.ok) {
    return {
      language: execution.language,
      status: 'compile_error',
      stdout: '',
      stderr: compile.output,
      exitCode: compile.exitCode,
      signal: null,
      executionTimeMs: 0,
      cpuTimeMs: null,
      memoryKb: null,
      truncated: false,
      message: compile.message,
      isolated: execution.isolated,
      compileTimeMs: compile.durationMs,
      tests: testCases ? { passed: 0, total: testCases.length, results: [] } : null,
    };
  }
  const results = testCases ? evaluateTestCases(testCases, execution.runs) : null;
  const failing = results?.findIndex((r) => !r.passed) ?? -1;
  const run: SandboxRun = execution.runs[failing >= 0 ? failing : 0];
  if (!run) throw new Error('the sandbox returned no run');
  return {
    language: execution.language,
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    exitCode: run.exitCode,
    signal: run.signal,
    executionTimeMs: run.wallTimeMs,
    cpuTimeMs: run.cpuTimeMs,
    memoryKb: run.memoryKb,
    truncated: run.stdoutTruncated || run.stderrTruncated,
    message: run.message,
    isolated: execution.isolated,
    compileTimeMs: compile ? compile.durationMs : null,
    tests: results ? { passed: results.filter((r) => r.passed).length, total: results.length, results } : null,
  };
}
