import { codeExecutionPolicyOf, sandboxConfigFromEnv } from './sandbox-config';

describe('sandboxConfigFromEnv', () => {
  it('has safe defaults for every setting', () => {
    expect(sandboxConfigFromEnv({})).toEqual({
      workers: 2,
      queueMax: 50,
      queueWaitMs: 30_000,
      timeoutMs: 10_000,
      cpuTimeMs: 10_000,
      compileTimeoutMs: 20_000,
      memoryMb: 256,
      maxProcesses: 64,
      maxOpenFiles: 64,
      maxOutputBytes: 1_048_576,
      tmpMb: 64,
      maxCodeBytes: 131_072,
      maxInputBytes: 1_048_576,
      maxTestCases: 20,
      allowUnisolated: false,
      redisUrl: null,
    });
  });

  it('reads each variable', () => {
    const config = sandboxConfigFromEnv({
      SANDBOX_WORKERS: '4',
      SANDBOX_QUEUE_MAX: '10',
      SANDBOX_QUEUE_WAIT_MS: '5000',
      SANDBOX_TIMEOUT_MS: '3000',
      SANDBOX_COMPILE_TIMEOUT_MS: '15000',
      SANDBOX_MEMORY_MB: '512',
      SANDBOX_MAX_PROCESSES: '16',
      SANDBOX_MAX_OPEN_FILES: '32',
      SANDBOX_MAX_OUTPUT_BYTES: '4096',
      SANDBOX_TMP_MB: '8',
      SANDBOX_MAX_CODE_BYTES: '2048',
      SANDBOX_MAX_INPUT_BYTES: '100',
      SANDBOX_MAX_TEST_CASES: '5',
      SANDBOX_ALLOW_UNISOLATED: '1',
      REDIS_URL: 'redis://cache:6379',
    });

    expect(config).toMatchObject({ workers: 4, queueMax: 10, queueWaitMs: 5000, timeoutMs: 3000, cpuTimeMs: 3000, compileTimeoutMs: 15000 });
    expect(config).toMatchObject({ memoryMb: 512, maxProcesses: 16, maxOpenFiles: 32, maxOutputBytes: 4096, tmpMb: 8 });
    expect(config).toMatchObject({ maxCodeBytes: 2048, maxInputBytes: 100, maxTestCases: 5, allowUnisolated: true, redisUrl: 'redis://cache:6379' });
    expect(sandboxConfigFromEnv({ SANDBOX_CPU_TIME_MS: '1000' }).cpuTimeMs).toBe(1000);
  });

  it('falls back to the default for values that are not whole numbers or are too small', () => {
    const config = sandboxConfigFromEnv({ SANDBOX_WORKERS: '0', SANDBOX_MEMORY_MB: 'lots', SANDBOX_TIMEOUT_MS: '1.5', SANDBOX_MAX_PROCESSES: '-3' });

    expect(config).toMatchObject({ workers: 2, memoryMb: 256, timeoutMs: 10_000, maxProcesses: 64 });
    expect(sandboxConfigFromEnv({ SANDBOX_ALLOW_UNISOLATED: 'yes' }).allowUnisolated).toBe(false);
  });

  it('gives the application its policy', () => {
    expect(codeExecutionPolicyOf(sandboxConfigFromEnv({ SANDBOX_TIMEOUT_MS: '3000' }))).toEqual({
      maxCodeBytes: 131_072,
      maxInputBytes: 1_048_576,
      maxTestCases: 20,
      runTimeoutMs: 3000,
      compileTimeoutMs: 20_000,
      queueWaitMs: 30_000,
    });
  });
});
