import { CreateJobHandler } from './commands/create-job.handler';
import { DeleteJobHandler } from './commands/delete-job.handler';
import { GenerateJobFromTitleHandler } from './commands/generate-job-from-title.handler';
import { UpdateJobHandler } from './commands/update-job.handler';
import { GetJobHandler } from './queries/get-job.handler';
import { ListJobsHandler } from './queries/list-jobs.handler';

export const JOB_COMMAND_HANDLERS = [CreateJobHandler, UpdateJobHandler, DeleteJobHandler, GenerateJobFromTitleHandler];

export const JOB_QUERY_HANDLERS = [GetJobHandler, ListJobsHandler];
