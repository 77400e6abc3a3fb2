import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { analyseResume, ResumeAnalysis } from '../cv/resume-analysis';
import { CandidateDocument } from '../projections/candidates.projection';
import { GetCandidateQuery } from './get-candidate.query';
import { GetResumeAnalysisQuery } from './get-resume-analysis.query';

@QueryHandler(GetResumeAnalysisQuery)
export class GetResumeAnalysisHandler implements IQueryHandler<GetResumeAnalysisQuery> {
  constructor(private readonly queries: QueryBus) {}

  async execute(q: GetResumeAnalysisQuery): Promise<{ resume: CandidateDocument; analysis: ResumeAnalysis }> {
    const resume: CandidateDocument = await this.queries.execute(new GetCandidateQuery(q.resumeId, q.viewer));
    return { resume, analysis: analyseResume(resume, resume.cvText) };
  }
}
