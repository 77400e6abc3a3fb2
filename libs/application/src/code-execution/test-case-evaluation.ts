import { SandboxRun } from '../ports/sandbox.port';
import { TestCase, TestCaseResult } from './execution-result';

/**
 * Compares program output the way judges usually do: line endings and trailing whitespace on each line
 * do not matter, nor do trailing blank lines; everything else (case, inner spaces, order) does.
 */
export function outputsMatch(expected: string, actual: string): boolean {
  return normalize(expected) === normalize(actual);
}

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

/** Pairs each test case with the run fed its input (runs[i] belongs to testCases[i]). */
export function evaluateTestCases(testCases: readonly TestCase[], runs: readonly SandboxRun[]): TestCaseResult[] {
  if (runs.length !== testCases.length) {
    throw new Error(`expected ${testCases.length} runs for ${testCases.length} test cases, got ${runs.length}`);
  }
  return testCases.map((testCase, index) => {
    const run = runs[index];
    return {
      index,
      passed: run.status === 'ok' && outputsMatch(testCase.expectedOutput, run.stdout),
      status: run.status,
      input: testCase.input,
      expectedOutput: testCase.expectedOutput,
      actualOutput: run.stdout,
      stderr: run.stderr,
      exitCode: run.exitCode,
      executionTimeMs: run.wallTimeMs,
      message: run.message,
    };
  });
}
