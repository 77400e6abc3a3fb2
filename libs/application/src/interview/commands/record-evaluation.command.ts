import { Command } from '@nestjs/cqrs';
import { EvaluationInput } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export type EvaluationContent = Omit<EvaluationInput, 'evaluationId' | 'evaluatorId' | 'source'>;

/** A reviewer's evaluation (S0 `POST /api/evaluations`); only the owner or a superuser may evaluate. */
export class RecordEvaluationCommand extends Command<{ evaluationId: string }> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly evaluation: EvaluationContent,
  ) {
    super();
  }
}
