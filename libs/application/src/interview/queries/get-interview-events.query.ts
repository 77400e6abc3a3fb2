import { Query } from '@nestjs/cqrs';
import { RecordedEvent } from '@candor/contracts';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export interface InterviewEventPage {
  readonly interviewId: string;
  readonly events: readonly RecordedEvent[];
  /** The stream's last revision (its version). */
  readonly headRevision: number;
  /** Where the next page starts, or null when this page reaches the head. */
  readonly nextRevision: number | null;
}

/** An interview's own event stream, as stored (upcast to the current schema), for audit. */
export class GetInterviewEventsQuery extends Query<InterviewEventPage> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
    readonly fromRevision: number,
    readonly limit: number,
    /** Why an auditor reads it (required of auditors, recorded on `audit-access`). */
    readonly reason?: string,
  ) {
    super();
  }
}
