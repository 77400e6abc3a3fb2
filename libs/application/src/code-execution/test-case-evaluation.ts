import { createHash } from 'node:crypto';
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

/** Whether the output's normalised text hashes to `sha256` (long expected outputs are stored as digests). */
export function digestMatches(sha256: string, actual: string): boolean {
  return createHash('sha256').update(normalize(actual)).digest('hex') === sha256;
}

/** Pairs each test case with the run fed its input (runs[i] belongs to testCases[i]). */
export function evaluateTestCases(testCases: readonly TestCase[], runs: readonly SandboxRun[]): TestCaseResult[] {
  if (runs.length !== testCases.length) {
    throw new Error(`expected ${testCases.length} runs for ${testCases.length} test cases, got ${runs.length}`);
  }
  return testCases.map((testCase, index) => {
    const run = runs[index];
    const right = testCase.expectedSha256 ? digestMatches(testCase.expectedSha256, run.stdout) : outputsMatch(testCase.expectedOutput, run.stdout);
    const inTime = testCase.timeLimitMs === undefined || run.wallTimeMs <= testCase.timeLimitMs;
    return {
      index,
      passed: run.status === 'ok' && right && inTime,
      status: run.status,
      input: testCase.input,
      expectedOutput: testCase.expectedOutput,
      actualOutput: run.stdout,
      stderr: run.stderr,
      exitCode: run.exitCode,
      executionTimeMs: run.wallTimeMs,
      memoryKb: run.memoryKb,
      message: right && !inTime ? `took ${Math.round(run.wallTimeMs)} ms, over the ${testCase.timeLimitMs} ms limit of this case` : run.message,
    };
  });
}
