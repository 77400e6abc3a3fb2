/** Batch jobs (S4): CSV invitations run in the background, their progress on `/ws/batch/{job_id}/progress`. */
export * from './batch-jobs.projection';
export * from './batch-worker';
export * from './invitation-csv';
export * from './commands/start-batch-invitations.command';
export * from './commands/start-batch-invitations.handler';
export * from './commands/start-batch-cv-upload.command';
export * from './commands/start-batch-cv-upload.handler';
export * from './queries/get-batch-job.query';
export * from './queries/get-batch-job.handler';
export * from './batch.handlers';
