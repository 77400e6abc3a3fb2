import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CandidateDocument } from '../projections/candidates.projection';

/** One candidate the viewer may see (404 unknown, 403 someone else's). */
export class GetCandidateQuery extends Query<CandidateDocument> {
  constructor(
    readonly candidateId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
