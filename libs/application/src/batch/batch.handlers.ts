import { StartBatchCvUploadHandler } from './commands/start-batch-cv-upload.handler';
import { StartBatchInvitationsHandler } from './commands/start-batch-invitations.handler';
import { GetBatchJobHandler } from './queries/get-batch-job.handler';

export const BATCH_COMMAND_HANDLERS = [StartBatchInvitationsHandler, StartBatchCvUploadHandler];
export const BATCH_QUERY_HANDLERS = [GetBatchJobHandler];
