import { AwaitCompletionFeedbackHandler } from './queries/await-completion-feedback.handler';
import { ShareReportHandler } from './commands/share-report.handler';
import { GetScoreEvidenceHandler } from './queries/get-score-evidence.handler';
import { GetScoreVersionsHandler } from './queries/get-score-versions.handler';
import { GetReportShareHandler, GetSharedReportHandler } from './queries/get-shared-report.handler';

/** The assessment context's handlers (the re-score handler lives with the scoring service, in ai/scoring). */
export const ASSESSMENT_HANDLERS = [AwaitCompletionFeedbackHandler, GetScoreVersionsHandler, ShareReportHandler, GetSharedReportHandler, GetReportShareHandler, GetScoreEvidenceHandler];
