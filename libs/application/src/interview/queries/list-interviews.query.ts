import { Query } from '@nestjs/cqrs';
import { InterviewStatus } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewDocument } from '../projections/interviews.projection';

export interface InterviewListFilter {
  /** `owned`: interviews the viewer created (S1); `visible`: also those where the viewer is the candidate. */
  readonly scope: 'owned' | 'visible';
  readonly status?: InterviewStatus;
  readonly candidateEmail?: string;
  readonly jobId?: string;
  readonly candidateId?: string;
  readonly createdFrom?: string;
  readonly createdTo?: string;
  /** Case-insensitive substring of the title, candidate name or email, or position (S4 `search`). */
  readonly search?: string;
  /** S4 `sort_by`/`sort_order`; newest first when absent. */
  readonly sortBy?: 'createdAt' | 'updatedAt' | 'scheduledAt' | 'title' | 'status';
  readonly sortOrder?: 'asc' | 'desc';
}

/** Newest first. Superusers see every interview; everyone else only their own. */
export class ListInterviewsQuery extends Query<{ items: InterviewDocument[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly filter: InterviewListFilter,
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
