import { ExecutionResult } from './execution-result';

/**
 * Pure mappers from an ExecutionResult to each surface's documented body. When a limit ended the run, its
 * message is appended to the error text so clients that only show stderr still say why.
 */
export interface S0ExecuteResponse {
  output: string;
  error: string | null;
  /** seconds */
  execution_time: number;
  exit_code: number;
  /** peak resident memory in KiB */
  memory_usage: number;
  /** Only when the request carried test cases. */
  test_results?: S0TestResult[];
}

export interface S0TestResult {
  passed: boolean;
  status: string;
  input: string;
  expected_output: string;
  actual_output: string;
}

export interface S2ExecuteResponse {
  stdout: string;
  stderr: string;
  exit_code: number;
  execution_time_ms: number;
}

export interface S2SubmitCodeResponse {
  message: string;
  execution_result: { stdout: string; stderr: string; exit_code: number; tests_passed?: number; tests_total?: number };
}

export function toS0ExecuteResponse(result: ExecutionResult): S0ExecuteResponse {
  const error = errorText(result);
  const body: S0ExecuteResponse = {
    output: result.stdout,
    error: error === '' ? null : error,
    execution_time: Math.round(result.executionTimeMs) / 1000,
    exit_code: result.exitCode,
    memory_usage: result.memoryKb ?? 0,
  };
  if (result.tests) {
    body.test_results = result.tests.results.map((t) => ({
      passed: t.passed,
      status: t.status,
      input: t.input,
      expected_output: t.expectedOutput,
      actual_output: t.actualOutput,
    }));
  }
  return body;
}

export function toS2ExecuteResponse(result: ExecutionResult): S2ExecuteResponse {
  return {
    stdout: result.stdout,
    stderr: errorText(result),
    exit_code: result.exitCode,
    execution_time_ms: Math.round(result.executionTimeMs),
  };
}

export function toS2SubmitCodeResponse(result: ExecutionResult): S2SubmitCodeResponse {
  return {
    message: 'Code submitted successfully',
    execution_result: {
      stdout: result.stdout,
      stderr: errorText(result),
      exit_code: result.exitCode,
      ...(result.tests ? { tests_passed: result.tests.passed, tests_total: result.tests.total } : {}),
    },
  };
}

function errorText(result: ExecutionResult): string {
  if (!result.message) return result.stderr;
  return result.stderr === '' ? result.message : `${result.stderr.replace(/\n?$/, '\n')}${result.message}`;
}
