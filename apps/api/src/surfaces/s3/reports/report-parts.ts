import { QueryBus } from '@nestjs/cqrs';
import { composeInterviewReport, GetInterviewPeopleQuery, InterviewPeople, InterviewReport, InterviewScoreView } from '@candor/application';
import { GetScoreEvidenceQuery, ScoreEvidenceView } from '@candor/application/assessment';

/** What the JSON report and the PDF are written from: the composed report, who it is about, and its evidence. */
export interface ReportParts {
  readonly view: InterviewScoreView;
  readonly report: InterviewReport;
  readonly people: InterviewPeople;
  readonly evidence: ScoreEvidenceView;
}

/** The names and the evidence come from their read models, through the query bus (the view was access-checked). */
export async function reportParts(queries: QueryBus, view: InterviewScoreView): Promise<ReportParts> {
  const [people, evidence] = await Promise.all([queries.execute(new GetInterviewPeopleQuery(view.interview)), queries.execute(new GetScoreEvidenceQuery(view))]);
  return { view, report: composeInterviewReport(view.interview, view.score, { candidate: people.candidate, job: people.job }), people, evidence };
}
