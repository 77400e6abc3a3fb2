import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { detectSkills, resolveDifficulty } from '../ai/engine/skill-detector';
import { CandidateDocument } from '../candidate/projections/candidates.projection';
import { GetCandidateQuery } from '../candidate/queries/get-candidate.query';
import { JobDocument } from '../job/projections/jobs.projection';
import { GetJobQuery } from '../job/queries/get-job.query';
import { GenerateQuestionsQuery } from './generate-questions.query';
import { composeQuestionSet, GeneratedQuestionSet } from './question-set';

export const MAX_GENERATED_QUESTIONS = 30;

@QueryHandler(GenerateQuestionsQuery)
export class GenerateQuestionsHandler implements IQueryHandler<GenerateQuestionsQuery> {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  async execute(q: GenerateQuestionsQuery): Promise<GeneratedQuestionSet> {
    if (!(Number.isInteger(q.count) && q.count >= 1 && q.count <= MAX_GENERATED_QUESTIONS)) {
      throw new DomainError('QUESTIONS.INVALID', `count: must be a whole number between 1 and ${MAX_GENERATED_QUESTIONS}`, 'invalid', { field: 'count' });
    }
    // Both must be the caller's (404 unknown, 403 someone else's), as on their own routes.
    const job: JobDocument = await this.queries.execute(new GetJobQuery(q.jobId, q.viewer));
    const candidate: CandidateDocument | null = q.candidateId ? await this.queries.execute(new GetCandidateQuery(q.candidateId, q.viewer)) : null;
    const skills = detectSkills({
      technologies: job.requiredSkills,
      title: job.title,
      jobDescription: [job.description, ...job.requirements, ...job.responsibilities].join('\n'),
      cvText: candidate ? (candidate.cvText ?? candidate.technicalSkills.join(', ')) : null,
    });
    const { difficulty, reason } = this.difficulty(q.difficulty, job, candidate);
    const questions = composeQuestionSet(skills, difficulty, q.count, `${job.id}|${candidate?.id ?? ''}|${difficulty}`);
    return { questions, difficulty, difficultyReason: reason, skills };
  }

  /** As asked; for `auto` the job's own default, else the candidate's years, else the job's level and title. */
  private difficulty(requested: string, job: JobDocument, candidate: CandidateDocument | null) {
    const wanted = requested === 'auto' && job.defaultDifficulty !== 'auto' ? job.defaultDifficulty : requested;
    if (wanted !== 'auto') return resolveDifficulty(wanted, job.title, null);
    const years = candidate?.totalExperienceYears;
    const experience = years !== null && years !== undefined ? `${Math.floor(years)} years` : (candidate?.cvText ?? null);
    return resolveDifficulty(null, `${job.title} ${job.experienceLevel ?? ''}`, experience);
  }
}
