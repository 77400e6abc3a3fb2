import { GenerateQuestionsHandler } from './generate-questions.handler';

export const QUESTION_QUERY_HANDLERS = [GenerateQuestionsHandler];
