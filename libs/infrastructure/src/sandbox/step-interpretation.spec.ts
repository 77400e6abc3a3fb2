import { LANGUAGE_SPECS } from './language-runtimes';
import { StepOutcome } from './sandbox-process';
import { SandboxSetupError, interpretCompile, interpretRun, parseControl } from './step-interpretation';

const limits = { timeoutMs: 2000, cpuMs: 2000, memoryMb: 128, maxOutputBytes: 1000, fileMb: 64 };

function outcome(overrides: Partial<StepOutcome> = {}): StepOutcome {
  return {
    exitCode: 0,
    signal: null,
    stdout: Buffer.from('out'),
    stderr: Buffer.from(''),
    control: 'CANDOR-STATS 8080 0.04 0.02 0.01\n',
    stdoutTruncated: false,
    stderrTruncated: false,
    timedOut: false,
    outputExceeded: false,
    wallTimeMs: 45.6,
    ...overrides,
  };
}

describe('parseControl', () => {
  it('reads peak memory, CPU time and the terminating signal, and keeps other lines', () => {
    expect(parseControl('Command terminated by signal 9\nCANDOR-STATS 1234 1.00 0.50 0.25\ntime: oddity\n')).toEqual({
      memoryKb: 1234,
      cpuTimeMs: 750,
      signal: 9,
      diagnostics: 'time: oddity',
    });
  });
});

describe('interpretRun', () => {
  const python = LANGUAGE_SPECS.python;

  it('ok when the program exits 0', () => {
    expect(interpretRun(outcome(), python, limits)).toMatchObject({ status: 'ok', stdout: 'out', exitCode: 0, memoryKb: 8080, cpuTimeMs: 30, wallTimeMs: 46, message: null });
  });

  it('timeout when the wall clock ran out, whatever else happened', () => {
    const run = interpretRun(outcome({ timedOut: true, exitCode: null, signal: 'SIGKILL', control: '' }), python, limits);

    expect(run).toMatchObject({ status: 'timeout', exitCode: 137, signal: 'SIGKILL', message: 'Time limit exceeded (2000 ms wall time)' });
  });

  it('timeout when the CPU limit sent SIGXCPU or SIGKILL', () => {
    expect(interpretRun(outcome({ exitCode: 152, control: 'Command terminated by signal 24\nCANDOR-STATS 900 2.1 2.00 0.01\n' }), python, limits)).toMatchObject({
      status: 'timeout',
      signal: 'SIGXCPU',
      message: 'Time limit exceeded (2000 ms CPU time)',
    });
    expect(interpretRun(outcome({ exitCode: 137, control: 'Command terminated by signal 9\nCANDOR-STATS 900 3.0 2.99 0.01\n' }), python, limits).status).toBe('timeout');
  });

  it('output_limit when output passed the cap, marking the cut', () => {
    const run = interpretRun(outcome({ outputExceeded: true, stdoutTruncated: true, stdout: Buffer.from('x'.repeat(1000)) }), python, limits);

    expect(run.status).toBe('output_limit');
    expect(run.stdout).toMatch(/x{1000}\n\[output truncated at 1000 bytes\]$/);
  });

  it('memory_limit from the runtime message, or from peak memory at the cap for native code', () => {
    expect(interpretRun(outcome({ exitCode: 1, stderr: Buffer.from('MemoryError\n') }), python, limits).status).toBe('memory_limit');
    expect(
      interpretRun(outcome({ exitCode: 139, control: 'Command terminated by signal 11\nCANDOR-STATS 130000 0.2 0.1 0.1\n' }), LANGUAGE_SPECS.c, limits),
    ).toMatchObject({ status: 'memory_limit', message: 'Memory limit exceeded (128 MB)' });
  });

  it('runtime_error for a non-zero exit or a crash, naming the signal', () => {
    expect(interpretRun(outcome({ exitCode: 3 }), python, limits)).toMatchObject({ status: 'runtime_error', exitCode: 3, signal: null, message: null });
    expect(interpretRun(outcome({ exitCode: 139, control: 'Command terminated by signal 11\nCANDOR-STATS 1400 0 0 0\n' }), LANGUAGE_SPECS.c, limits)).toMatchObject({
      status: 'runtime_error',
      signal: 'SIGSEGV',
      message: 'Killed by SIGSEGV',
    });
  });

  it('throws SandboxSetupError when bwrap itself failed, instead of blaming the program', () => {
    expect(() => interpretRun(outcome({ exitCode: 1, control: 'bwrap: Can\'t mount proc on /newroot/proc: Operation not permitted\n' }), python, limits)).toThrow(
      SandboxSetupError,
    );
  });
});

describe('interpretCompile', () => {
  it('collects the diagnostics of a failed compile', () => {
    expect(interpretCompile(outcome({ exitCode: 1, stdout: Buffer.from(''), stderr: Buffer.from('main.c:1: error') }), 20_000, 1000)).toEqual({
      ok: false,
      output: 'main.c:1: error',
      exitCode: 1,
      durationMs: 46,
      message: null,
    });
  });

  it('a compiler that timed out failed, and says so', () => {
    expect(interpretCompile(outcome({ timedOut: true, exitCode: null, signal: 'SIGKILL', stdout: Buffer.from(''), control: '' }), 20_000, 1000)).toMatchObject({
      ok: false,
      exitCode: 137,
      message: 'Compilation timed out after 20000 ms',
    });
  });
});
