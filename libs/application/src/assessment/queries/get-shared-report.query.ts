import { Query } from '@nestjs/cqrs';
import { InterviewScoreView } from '../../interview/queries/get-score-card.query';

/** The report behind a public share token (no login); 404 for an unknown or revoked token. */
export class GetSharedReportQuery extends Query<InterviewScoreView> {
  constructor(readonly token: string) {
    super();
  }
}

/** The report's active share token, for its owner's view of the report. */
export class GetReportShareQuery extends Query<string | null> {
  constructor(readonly interviewId: string) {
    super();
  }
}
