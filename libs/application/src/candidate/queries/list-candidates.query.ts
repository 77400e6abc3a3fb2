import { Query } from '@nestjs/cqrs';
import { ParsingStatus } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CandidateDocument } from '../projections/candidates.projection';

export interface CandidateListFilter {
  readonly parsingStatus?: ParsingStatus;
  /** A technical skill, case-insensitive. */
  readonly skill?: string;
  /** Part of the name or email, case-insensitive. */
  readonly search?: string;
}

/** Newest first, without the CV text. Superusers see every candidate; everyone else only their own. */
export class ListCandidatesQuery extends Query<{ items: CandidateDocument[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly filter: CandidateListFilter,
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
