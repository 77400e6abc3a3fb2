import { Query } from '@nestjs/cqrs';
import { InterviewDocument } from '../../interview/projections/interviews.projection';

/** Who an interview was with and for, by name, as a report prints it. */
export interface InterviewPeople {
  /** The linked candidate's name (S3), else the name or email the interview was created with; null if none. */
  readonly candidate: string | null;
  /** The linked job's title (S3), else the interview's position or title; null if none. */
  readonly job: string | null;
  /** The owner, the registered non-candidate users who joined the room, and the AI interviewer when it spoke. */
  readonly interviewers: readonly string[];
}

/** The people of an interview the caller may already see (access was checked on the interview). */
export class GetInterviewPeopleQuery extends Query<InterviewPeople> {
  constructor(readonly interview: InterviewDocument) {
    super();
  }
}
