import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The coding problem an interview's code is graded against, as the candidate sees it (no hidden cases). */
export interface CodingProblemView {
  readonly id: string;
  readonly title: string;
  readonly difficulty: string;
  readonly statement: string;
  readonly inputFormat: string;
  readonly outputFormat: string;
  readonly examples: readonly { readonly input: string; readonly output: string }[];
  readonly hiddenTests: number;
  readonly starterCode: Readonly<Record<string, string>>;
  readonly bankVersion: string;
}

export class GetCodingProblemQuery extends Query<CodingProblemView> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
