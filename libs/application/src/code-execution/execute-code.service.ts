import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError } from '@candor/domain';
import { requestContext } from '../context/request-context';
import { JOB_QUEUE, JobFailedError, JobQueue, JobTimeoutError, QueueFullError } from '../ports/job-queue.port';
import { LanguageInfo, SANDBOX, Sandbox } from '../ports/sandbox.port';
import { CODE_EXECUTION_QUEUE, CodeExecutionJob, CodeExecutionJobResult } from './code-execution.job';
import { CODE_EXECUTION_POLICY, CodeExecutionPolicy, codeExecutionJobTimeoutMs } from './code-execution.policy';
import { ExecutionResult, TestCase } from './execution-result';
import { toExecutionResult } from './execution-result.factory';
import { resolveLanguage } from './languages';

export interface ExecuteCodeCommand {
  readonly language: unknown;
  readonly code: unknown;
  /** Ignored when testCases are given: each case brings its own input. */
  readonly stdin?: unknown;
  /** Wall time of one run; clamped to the configured maximum. */
  readonly timeoutMs?: number;
  readonly testCases?: readonly TestCase[];
  /** Requests are served round-robin per user; defaults to the request context's user. */
  readonly userId?: string | null;
}

/**
 * Validates an execution request, queues it (so concurrency stays bounded and users are served fairly) and
 * folds the sandbox's answer into an ExecutionResult. Limits the program hits are results, not errors;
 * errors mean the request was invalid or the platform could not run it (503).
 */
@Injectable()
export class ExecuteCodeService {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CODE_EXECUTION_POLICY) private readonly policy: CodeExecutionPolicy,
    @Optional() @Inject(SANDBOX) private readonly localSandbox: Sandbox | null = null,
  ) {}

  async execute(command: ExecuteCodeCommand): Promise<ExecutionResult> {
    const language = resolveLanguage(command.language);
    const code = this.checkCode(command.code);
    const stdin = this.checkText(command.stdin ?? '', 'stdin');
    const testCases = this.checkTestCases(command.testCases);
    const runTimeoutMs = clampTimeout(command.timeoutMs, this.policy.runTimeoutMs);
    const inputs = testCases ? testCases.map((t) => t.input) : [stdin];
    const job: CodeExecutionJob = { language, code, inputs, limits: { timeoutMs: runTimeoutMs } };
    const userId = command.userId ?? requestContext.current()?.userId ?? null;

    let answer: CodeExecutionJobResult;
    try {
      answer = await this.queue.run<CodeExecutionJob, CodeExecutionJobResult>(CODE_EXECUTION_QUEUE, job, {
        fairnessKey: userId ?? 'anonymous',
        timeoutMs: codeExecutionJobTimeoutMs(this.policy, inputs.length, runTimeoutMs),
      });
    } catch (error) {
      throw toDomainError(error);
    }
    if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message, answer.error.kind);
    return toExecutionResult(answer.execution, testCases);
  }

  /** The languages this host can run, with versions (the local sandbox's view). */
  async languages(): Promise<readonly LanguageInfo[]> {
    if (!this.localSandbox) {
      throw new DomainError('SANDBOX.UNAVAILABLE', 'No code-execution sandbox is configured in this process', 'unavailable');
    }
    return this.localSandbox.languages();
  }

  private checkCode(code: unknown): string {
    if (typeof code !== 'string' || code.trim() === '') {
      throw new DomainError('SANDBOX.CODE_REQUIRED', 'code must be a non-empty string', 'invalid');
    }
    if (Buffer.byteLength(code) > this.policy.maxCodeBytes) {
      throw new DomainError('SANDBOX.CODE_TOO_LARGE', `code is larger than ${this.policy.maxCodeBytes} bytes`, 'invalid');
    }
    return code;
  }

  private checkText(value: unknown, field: string): string {
    if (typeof value !== 'string') throw new DomainError('SANDBOX.INVALID_INPUT', `${field} must be a string`, 'invalid');
    if (Buffer.byteLength(value) > this.policy.maxInputBytes) {
      throw new DomainError('SANDBOX.INPUT_TOO_LARGE', `${field} is larger than ${this.policy.maxInputBytes} bytes`, 'invalid');
    }
    return value;
  }

  private checkTestCases(testCases: readonly TestCase[] | undefined): TestCase[] | null {
    if (testCases === undefined || testCases === null) return null;
    if (!Array.isArray(testCases) || testCases.length === 0) {
      throw new DomainError('SANDBOX.INVALID_TEST_CASES', 'test_cases must be a non-empty list', 'invalid');
    }
    if (testCases.length > this.policy.maxTestCases) {
      throw new DomainError('SANDBOX.TOO_MANY_TEST_CASES', `at most ${this.policy.maxTestCases} test cases per execution`, 'invalid');
    }
    return testCases.map((t, i) => ({
      input: this.checkText(t?.input ?? '', `test_cases[${i}].input`),
      expectedOutput: this.checkText(t?.expectedOutput, `test_cases[${i}].expected_output`),
      ...(typeof t.expectedSha256 === 'string' ? { expectedSha256: t.expectedSha256 } : {}),
      ...(typeof t.timeLimitMs === 'number' && t.timeLimitMs > 0 ? { timeLimitMs: t.timeLimitMs } : {}),
    }));
  }
}

function clampTimeout(requested: number | undefined, max: number): number {
  if (requested === undefined || !Number.isFinite(requested) || requested <= 0) return max;
  return Math.min(Math.ceil(requested), max);
}

function toDomainError(error: unknown): unknown {
  if (error instanceof QueueFullError) {
    return new DomainError('SANDBOX.BUSY', 'Too many code executions are waiting; try again shortly', 'unavailable');
  }
  if (error instanceof JobTimeoutError) {
    return new DomainError('SANDBOX.NO_ANSWER', 'No code-execution worker answered in time; try again shortly', 'unavailable');
  }
  if (error instanceof JobFailedError) {
    return new DomainError('SANDBOX.FAILED', `Code execution failed: ${error.message}`, 'unavailable');
  }
  return error;
}
