import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The organisation supplies a candidate's self-reported group labels (interview owner or admin). */
export class RecordGroupLabelsCommand {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly interviewId: string,
    readonly labels: Readonly<Record<string, unknown>>,
  ) {}
}
