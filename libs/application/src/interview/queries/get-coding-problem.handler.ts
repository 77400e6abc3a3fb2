import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { interviewDecider, InterviewErrors, interviewStreamId } from '@candor/domain';
import { CODING_BANK_VERSION } from '../../coding-bank/coding-problem-bank';
import { interviewCodingProblem } from '../../coding-bank/interview-coding-problem';
import { starterTemplates } from '../../coding-bank/starter-templates';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { CodingProblemView, GetCodingProblemQuery } from './get-coding-problem.query';
import { loadVisibleInterview } from './load-visible-interview';

/** Read from the interview's own state: the problem asked or graded so far is the one shown. */
@QueryHandler(GetCodingProblemQuery)
export class GetCodingProblemHandler implements IQueryHandler<GetCodingProblemQuery> {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
  ) {}

  async execute(q: GetCodingProblemQuery): Promise<CodingProblemView> {
    await loadVisibleInterview(this.readStore, q.interviewId, q.viewer);
    const { state } = await this.store.load(interviewStreamId(q.interviewId), interviewDecider);
    if (!state.exists) throw InterviewErrors.notFound();
    const problem = interviewCodingProblem({ interviewId: q.interviewId, codingProblemId: state.codingProblemId, difficulty: state.details.difficulty });
    return {
      id: problem.id,
      title: problem.title,
      difficulty: problem.difficulty,
      statement: problem.statement,
      inputFormat: problem.inputFormat,
      outputFormat: problem.outputFormat,
      examples: problem.examples,
      hiddenTests: problem.hidden.length + 1,
      starterCode: starterTemplates(problem),
      bankVersion: CODING_BANK_VERSION,
    };
  }
}
