import { Query } from '@nestjs/cqrs';
import { CandidateDocument } from '../../candidate/projections/candidates.projection';
import { JobDocument } from '../../job/projections/jobs.projection';
import { InterviewDocument } from '../../interview/projections/interviews.projection';

export interface InterviewSubjects {
  readonly jobs: ReadonlyMap<string, JobDocument>;
  readonly candidates: ReadonlyMap<string, CandidateDocument>;
}

/**
 * The jobs and candidates that interviews the caller may already see are for (S3 embeds them). Access
 * was checked on the interviews; a job or candidate deleted since is simply absent.
 */
export class GetInterviewSubjectsQuery extends Query<InterviewSubjects> {
  constructor(readonly interviews: readonly InterviewDocument[]) {
    super();
  }
}
