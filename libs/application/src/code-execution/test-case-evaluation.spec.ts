import { SandboxRun } from '../ports/sandbox.port';
import { evaluateTestCases, outputsMatch } from './test-case-evaluation';

function run(stdout: string, status: SandboxRun['status'] = 'ok'): SandboxRun {
  return { status, stdout, stderr: '', exitCode: status === 'ok' ? 0 : 1, signal: null, wallTimeMs: 12, cpuTimeMs: 5, memoryKb: 900, stdoutTruncated: false, stderrTruncated: false, message: null };
}

describe('outputsMatch', () => {
  it.each([
    ['3\n', '3'],
    ['a b\nc\n', 'a b  \r\nc\n\n\n'],
    ['', '\n'],
  ])('treats %j and %j as the same output', (expected, actual) => {
    expect(outputsMatch(expected, actual)).toBe(true);
  });

  it.each([
    ['3', '4'],
    ['a b', 'a  b'],
    ['Yes', 'yes'],
    ['1\n2', '2\n1'],
    ['x', ' x'],
  ])('tells %j and %j apart', (expected, actual) => {
    expect(outputsMatch(expected, actual)).toBe(false);
  });
});

describe('evaluateTestCases', () => {
  it('passes a case only when its run ended ok and printed the expected output', () => {
    const results = evaluateTestCases(
      [
        { input: '1 2', expectedOutput: '3' },
        { input: '2 2', expectedOutput: '4' },
        { input: '9 9', expectedOutput: '18' },
      ],
      [run('3\n'), run('5\n'), run('18\n', 'timeout')],
    );

    expect(results.map((r) => r.passed)).toEqual([true, false, false]);
    expect(results[1]).toMatchObject({ index: 1, input: '2 2', expectedOutput: '4', actualOutput: '5\n', status: 'ok' });
    expect(results[2].status).toBe('timeout');
  });

  it('refuses runs that do not pair with the cases', () => {
    expect(() => evaluateTestCases([{ input: '', expectedOutput: '' }], [])).toThrow(/expected 1 runs/);
  });
});
