import { DomainError, DomainErrorKind } from '@candor/domain';
import { JobHandler, JobQueue } from '../ports/job-queue.port';
import { Sandbox, SandboxExecution, SandboxLanguage, SandboxLimitsRequest } from '../ports/sandbox.port';

/** The queue every code execution goes through; workers may run in this process or in others (Bull). */
export const CODE_EXECUTION_QUEUE = 'code-execution';

export interface CodeExecutionJob {
  readonly language: SandboxLanguage;
  readonly code: string;
  readonly inputs: readonly string[];
  readonly limits?: SandboxLimitsRequest;
}

/**
 * Jobs cross process boundaries as JSON, where an Error loses its class: a DomainError raised in the worker
 * (sandbox unavailable, language missing on that host) travels as data so the caller can rethrow it.
 */
export type CodeExecutionJobResult =
  | { readonly ok: true; readonly execution: SandboxExecution }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly kind: DomainErrorKind } };

export function codeExecutionJobHandler(sandbox: Sandbox): JobHandler<CodeExecutionJob, CodeExecutionJobResult> {
  return async (job) => {
    try {
      return { ok: true, execution: await sandbox.execute(job) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message, kind: error.kind } };
      throw error;
    }
  };
}

/** Makes this process a code-execution worker with `concurrency` sandboxes at a time. */
export function registerCodeExecutionWorker(queue: JobQueue, sandbox: Sandbox, concurrency: number): void {
  queue.process(CODE_EXECUTION_QUEUE, concurrency, codeExecutionJobHandler(sandbox));
}
