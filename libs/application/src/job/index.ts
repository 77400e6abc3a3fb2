/** The job context (S3 job postings): commands, queries and the read model. */
export * from './job-access';
export * from './job.handlers';
export * from './projections/jobs.projection';
export * from './commands/create-job.command';
export * from './commands/update-job.command';
export * from './commands/delete-job.command';
export * from './commands/generate-job-from-title.command';
export * from './queries/get-job.query';
export * from './queries/list-jobs.query';
export * from './projections/job.projections';
