import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { EvaluationDocument } from '../projections/evaluations.projection';

/** Every evaluation of an interview, oldest first (the last one is the current verdict). */
export class GetEvaluationsQuery extends Query<EvaluationDocument[]> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
