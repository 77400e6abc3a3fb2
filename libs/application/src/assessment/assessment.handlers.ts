import { RescoreInterviewHandler } from './commands/rescore-interview.handler';
import { ShareReportHandler } from './commands/share-report.handler';
import { GetScoreVersionsHandler } from './queries/get-score-versions.handler';
import { GetReportShareHandler, GetSharedReportHandler } from './queries/get-shared-report.handler';

/** The assessment context's handlers (registered beside the scoring service they use). */
export const ASSESSMENT_HANDLERS = [RescoreInterviewHandler, GetScoreVersionsHandler, ShareReportHandler, GetSharedReportHandler, GetReportShareHandler];
