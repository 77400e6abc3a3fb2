import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../identity/authenticated-user';
import { GeneratedQuestionSet } from './question-set';

/** S3 `POST /api/questions/generate/`: questions for a job (and a candidate), from the built-in question bank. */
export class GenerateQuestionsQuery extends Query<GeneratedQuestionSet> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly jobId: string,
    readonly candidateId: string | null,
    /** `auto` (from the job's level and the candidate's experience) or `easy` | `medium` | `hard`. */
    readonly difficulty: string,
    readonly count: number,
  ) {
    super();
  }
}
