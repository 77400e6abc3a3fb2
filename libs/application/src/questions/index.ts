/** Interview question generation (S3 `POST /api/questions/generate/`). */
export * from './generate-questions.query';
export * from './generate-questions.handler';
export * from './question-set';
export * from './question.handlers';
