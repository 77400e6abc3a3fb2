import { ExecutionResult } from './execution-result';
import { toS0ExecuteResponse, toS2ExecuteResponse, toS2SubmitCodeResponse } from './execution-response.mappers';

const ok: ExecutionResult = {
  language: 'python',
  status: 'ok',
  stdout: 'Hello, World!\n',
  stderr: '',
  exitCode: 0,
  signal: null,
  executionTimeMs: 123.4,
  cpuTimeMs: 20,
  memoryKb: 8080,
  truncated: false,
  message: null,
  isolated: true,
  compileTimeMs: null,
  tests: null,
};

const timedOut: ExecutionResult = {
  ...ok,
  status: 'timeout',
  stdout: 'partial\n',
  stderr: 'warning: slow\n',
  exitCode: 137,
  signal: 'SIGKILL',
  executionTimeMs: 2000,
  memoryKb: null,
  message: 'Time limit exceeded (2000 ms wall time)',
};

describe('execution response mappers', () => {
  it('S0: {output, error, execution_time in seconds, exit_code, memory_usage}', () => {
    expect(toS0ExecuteResponse(ok)).toEqual({ output: 'Hello, World!\n', error: null, execution_time: 0.123, exit_code: 0, memory_usage: 8080 });
    expect(toS0ExecuteResponse(timedOut)).toEqual({
      output: 'partial\n',
      error: 'warning: slow\nTime limit exceeded (2000 ms wall time)',
      execution_time: 2,
      exit_code: 137,
      memory_usage: 0,
    });
  });

  it('S0 adds test_results only when the request carried test cases', () => {
    const withTests: ExecutionResult = {
      ...ok,
      tests: {
        passed: 1,
        total: 1,
        results: [{ index: 0, passed: true, status: 'ok', input: '1', expectedOutput: '2', actualOutput: '2\n', stderr: '', exitCode: 0, executionTimeMs: 9, memoryKb: null, message: null }],
      },
    };

    expect(toS0ExecuteResponse(withTests).test_results).toEqual([{ passed: true, status: 'ok', input: '1', expected_output: '2', actual_output: '2\n' }]);
    expect('test_results' in toS0ExecuteResponse(ok)).toBe(false);
  });

  it('S2 execute: {stdout, stderr, exit_code, execution_time_ms}', () => {
    expect(toS2ExecuteResponse(ok)).toEqual({ stdout: 'Hello, World!\n', stderr: '', exit_code: 0, execution_time_ms: 123 });
    expect(toS2ExecuteResponse({ ...timedOut, stderr: '' })).toEqual({
      stdout: 'partial\n',
      stderr: 'Time limit exceeded (2000 ms wall time)',
      exit_code: 137,
      execution_time_ms: 2000,
    });
  });

  it('S2 submit-code: {message, execution_result: {stdout, stderr, exit_code}}', () => {
    expect(toS2SubmitCodeResponse({ ...ok, status: 'compile_error', stdout: '', stderr: 'main.c:1: error', exitCode: 1 })).toEqual({
      message: 'Code submitted successfully',
      execution_result: { stdout: '', stderr: 'main.c:1: error', exit_code: 1 },
    });
  });
});
