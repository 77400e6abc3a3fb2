import { CreateJobInterviewHandler } from './commands/create-job-interview.handler';
import { CreateResumeInterviewHandler } from './commands/create-resume-interview.handler';
import { GetInterviewPeopleHandler } from './queries/get-interview-people.handler';
import { GetInterviewSubjectsHandler } from './queries/get-interview-subjects.handler';

export const RECRUITING_COMMAND_HANDLERS = [CreateJobInterviewHandler, CreateResumeInterviewHandler];

export const RECRUITING_QUERY_HANDLERS = [GetInterviewSubjectsHandler, GetInterviewPeopleHandler];
