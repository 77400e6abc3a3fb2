import { RescoreInterviewHandler } from './commands/rescore-interview.handler';
import { GetScoreVersionsHandler } from './queries/get-score-versions.handler';

/** The assessment context's handlers (registered beside the scoring service they use). */
export const ASSESSMENT_HANDLERS = [RescoreInterviewHandler, GetScoreVersionsHandler];
