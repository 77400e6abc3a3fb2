/** Interviews tied to the recruiting records: S3's job and candidate, S2's resume (kept apart so the interview context stays free of them). */
export * from './recruiting.handlers';
export * from './commands/create-job-interview.command';
export * from './commands/create-resume-interview.command';
export * from './queries/get-interview-subjects.query';
export * from './queries/get-interview-people.query';
