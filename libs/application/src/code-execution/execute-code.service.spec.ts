import { DomainError } from '@candor/domain';
import { requestContext } from '../context/request-context';
import { JobFailedError, JobHandler, JobOptions, JobQueue, JobTimeoutError, QueueFullError } from '../ports/job-queue.port';
import { Sandbox, SandboxExecution, SandboxRequest } from '../ports/sandbox.port';
import { CODE_EXECUTION_QUEUE, codeExecutionJobHandler } from './code-execution.job';
import { CodeExecutionPolicy } from './code-execution.policy';
import { ExecuteCodeService } from './execute-code.service';

const policy: CodeExecutionPolicy = {
  maxCodeBytes: 100,
  maxInputBytes: 20,
  maxTestCases: 3,
  runTimeoutMs: 5_000,
  compileTimeoutMs: 10_000,
  queueWaitMs: 30_000,
};

/** Stands in for a sandbox: the "program" upper-cases its input, or fails when the input says so. */
class UppercasingSandbox implements Sandbox {
  readonly requests: SandboxRequest[] = [];
  async execute(request: SandboxRequest): Promise<SandboxExecution> {
    this.requests.push(request);
    return {
      language: request.language,
      isolated: true,
      compile: null,
      runs: request.inputs.map((input) => ({
        status: input === 'fail' ? 'runtime_error' : 'ok',
        stdout: input === 'fail' ? '' : `${input.toUpperCase()}\n`,
        stderr: input === 'fail' ? 'Error: failed' : '',
        exitCode: input === 'fail' ? 1 : 0,
        signal: null,
        wallTimeMs: 40,
        cpuTimeMs: 10,
        memoryKb: 2048,
        stdoutTruncated: false,
        stderrTruncated: false,
        message: null,
      })),
    };
  }
  async languages() {
    return [];
  }
  async status() {
    return { available: true, isolated: true, detail: 'test' };
  }
}

/** Runs the real job handler inline, recording what the service asked of the queue. */
class InlineQueue implements JobQueue {
  readonly calls: { queue: string; payload: unknown; options?: JobOptions }[] = [];
  failWith: Error | null = null;
  constructor(private readonly handler: JobHandler<unknown, unknown>) {}
  process(): void {}
  async run<TPayload, TResult>(queue: string, payload: TPayload, options?: JobOptions): Promise<TResult> {
    this.calls.push({ queue, payload, options });
    if (this.failWith) throw this.failWith;
    return JSON.parse(JSON.stringify(await this.handler(payload))) as TResult;
  }
  async enqueue(): Promise<void> {}
  async health() {
    return { status: 'up' as const, adapter: 'inline' };
  }
  async close(): Promise<void> {}
}

function setup(sandbox: Sandbox = new UppercasingSandbox()) {
  const queue = new InlineQueue(codeExecutionJobHandler(sandbox) as JobHandler<unknown, unknown>);
  return { queue, service: new ExecuteCodeService(queue, policy, sandbox) };
}

describe('ExecuteCodeService', () => {
  it('queues the execution for the caller, fairly per user, and returns the result', async () => {
    const { queue, service } = setup();

    const result = await requestContext.run(
      { requestId: 'r1', correlationId: 'c1', userId: 'user-7', writtenPosition: null, readModelsCurrent: true },
      () => service.execute({ language: 'Py', code: 'print(input().upper())', stdin: 'hi' }),
    );

    expect(result).toMatchObject({ language: 'python', status: 'ok', stdout: 'HI\n', exitCode: 0, executionTimeMs: 40, memoryKb: 2048, tests: null });
    expect(queue.calls).toHaveLength(1);
    expect(queue.calls[0].queue).toBe(CODE_EXECUTION_QUEUE);
    expect(queue.calls[0].payload).toEqual({ language: 'python', code: 'print(input().upper())', inputs: ['hi'], limits: { timeoutMs: 5_000 } });
    expect(queue.calls[0].options).toEqual({ fairnessKey: 'user-7', timeoutMs: 30_000 + 10_000 + 2_000 + (5_000 + 2_000) });
  });

  it('clamps a requested timeout to the configured maximum, and honours a shorter one', async () => {
    const { queue, service } = setup();

    await service.execute({ language: 'js', code: 'x', timeoutMs: 60_000, userId: 'u' });
    await service.execute({ language: 'js', code: 'x', timeoutMs: 1_500, userId: 'u' });

    expect(queue.calls.map((c) => (c.payload as { limits: unknown }).limits)).toEqual([{ timeoutMs: 5_000 }, { timeoutMs: 1_500 }]);
  });

  it('runs one input per test case and reports which passed; the top level shows the first failure', async () => {
    const { service } = setup();

    const result = await service.execute({
      language: 'python',
      code: 'print(input().upper())',
      testCases: [
        { input: 'a', expectedOutput: 'A' },
        { input: 'b', expectedOutput: 'X' },
        { input: 'fail', expectedOutput: '' },
      ],
    });

    expect(result.tests).toMatchObject({ passed: 1, total: 3 });
    expect(result.tests?.results.map((r) => r.passed)).toEqual([true, false, false]);
    expect(result).toMatchObject({ status: 'ok', stdout: 'B\n' });
  });

  it.each([
    [{ language: 'cobol', code: 'x' }, 'SANDBOX.UNKNOWN_LANGUAGE'],
    [{ language: 42, code: 'x' }, 'SANDBOX.UNKNOWN_LANGUAGE'],
    [{ language: 'python', code: '   ' }, 'SANDBOX.CODE_REQUIRED'],
    [{ language: 'python', code: 'x'.repeat(101) }, 'SANDBOX.CODE_TOO_LARGE'],
    [{ language: 'python', code: 'x', stdin: 'y'.repeat(21) }, 'SANDBOX.INPUT_TOO_LARGE'],
    [{ language: 'python', code: 'x', testCases: [] }, 'SANDBOX.INVALID_TEST_CASES'],
    [{ language: 'python', code: 'x', testCases: Array(4).fill({ input: '', expectedOutput: '' }) }, 'SANDBOX.TOO_MANY_TEST_CASES'],
  ])('refuses %j with an invalid DomainError (%s) before queueing', async (command, code) => {
    const { queue, service } = setup();

    await expect(service.execute(command)).rejects.toMatchObject({ name: 'DomainError', kind: 'invalid', code });
    expect(queue.calls).toHaveLength(0);
  });

  it.each([
    [new QueueFullError(CODE_EXECUTION_QUEUE, 50), 'SANDBOX.BUSY'],
    [new JobTimeoutError(CODE_EXECUTION_QUEUE, 1000), 'SANDBOX.NO_ANSWER'],
    [new JobFailedError(CODE_EXECUTION_QUEUE, 'worker crashed'), 'SANDBOX.FAILED'],
  ])('turns a queue error (%s) into an unavailable DomainError', async (error, code) => {
    const { queue, service } = setup();
    queue.failWith = error;

    await expect(service.execute({ language: 'python', code: 'x' })).rejects.toMatchObject({ kind: 'unavailable', code });
  });

  it('rethrows a DomainError raised in the worker, across the queue, with its code and kind', async () => {
    const broken: Sandbox = Object.assign(new UppercasingSandbox(), {
      execute: async () => {
        throw new DomainError('SANDBOX.UNAVAILABLE', 'install bubblewrap', 'unavailable');
      },
    });
    const { service } = setup(broken);

    const attempt = service.execute({ language: 'python', code: 'x' });

    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'SANDBOX.UNAVAILABLE', kind: 'unavailable', message: 'install bubblewrap' });
  });

  it('maps a compile failure to a compile_error result with the diagnostics', async () => {
    const compiling: Sandbox = Object.assign(new UppercasingSandbox(), {
      execute: async (request: SandboxRequest): Promise<SandboxExecution> => ({
        language: request.language,
        isolated: true,
        compile: { ok: false, output: 'main.c:1:1: error: expected', exitCode: 1, durationMs: 80, message: null },
        runs: [],
      }),
    });
    const { service } = setup(compiling);

    const result = await service.execute({ language: 'c', code: 'int main( {' });

    expect(result).toMatchObject({ status: 'compile_error', stdout: '', stderr: 'main.c:1:1: error: expected', exitCode: 1, compileTimeMs: 80 });
  });
});
