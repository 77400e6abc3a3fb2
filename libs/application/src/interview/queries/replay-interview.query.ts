import { Query } from '@nestjs/cqrs';
import { InterviewState } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export interface InterviewReplay {
  readonly interviewId: string;
  /** The revision the state was folded up to (the head when none was asked for). */
  readonly revision: number;
  readonly headRevision: number;
  /** The aggregate's state as the decider folds the first `revision` events: what every command was decided on. */
  readonly state: InterviewState;
}

/** Replays an interview's stream through the decider up to a revision ("what did it look like then"). */
export class ReplayInterviewQuery extends Query<InterviewReplay> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
    readonly toRevision: number | null,
    /** Why an auditor reads it (required of auditors, recorded on `audit-access`). */
    readonly reason?: string,
  ) {
    super();
  }
}
