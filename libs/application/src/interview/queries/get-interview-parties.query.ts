import { Query } from '@nestjs/cqrs';

export interface InterviewPartiesView {
  readonly ownerId: string;
  readonly candidateEmail: string | null;
  readonly title: string | null;
}

/**
 * Who an interview concerns (its owner and candidate) and its title, or null when it is unknown: for the
 * server to route notifications about an event it is relaying, never for answering a client.
 */
export class GetInterviewPartiesQuery extends Query<InterviewPartiesView | null> {
  constructor(readonly interviewId: string) {
    super();
  }
}
