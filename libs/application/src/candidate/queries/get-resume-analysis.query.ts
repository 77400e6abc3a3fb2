import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { ResumeAnalysis } from '../cv/resume-analysis';
import { CandidateDocument } from '../projections/candidates.projection';

/** S2's analysis of a resume (a candidate's parsed CV) the viewer may see: 404 unknown, 403 someone else's. */
export class GetResumeAnalysisQuery extends Query<{ resume: CandidateDocument; analysis: ResumeAnalysis }> {
  constructor(
    readonly resumeId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
