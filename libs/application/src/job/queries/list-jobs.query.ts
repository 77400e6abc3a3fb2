import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { JobDocument } from '../projections/jobs.projection';

export interface JobListFilter {
  readonly isActive?: boolean;
  readonly experienceLevel?: string;
  readonly jobType?: string;
  /** A required skill, case-insensitive. */
  readonly skill?: string;
  /** Words of the title or company, case-insensitive. */
  readonly search?: string;
}

/** Newest first. Superusers see every job; everyone else only their own. */
export class ListJobsQuery extends Query<{ items: JobDocument[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly filter: JobListFilter,
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
