import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { ExecutionResult } from '../../code-execution/execution-result';

/**
 * Runs the candidate's code in the sandbox and records the run on the interview: `execute` records a
 * CodeExecuted (S0 `POST /api/coding/execute`), `submit` a CodeSubmitted (S2 `POST /interviews/{id}/submit-code`).
 */
export class RunInterviewCodeCommand extends Command<ExecutionResult> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
    readonly mode: 'execute' | 'submit',
    readonly code: string,
    readonly language: string,
    readonly input: string = '',
  ) {
    super();
  }
}
