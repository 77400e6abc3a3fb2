/** The candidate context (S3): CV upload and parsing, notes, the read model. */
export * from './candidate-access';
export * from './candidate.handlers';
export * from './projections/candidates.projection';
export * from './cv/cv-format';
export * from './cv/cv-parser';
export * from './commands/upload-cv.command';
export * from './commands/add-candidate-note.command';
export * from './queries/get-candidate.query';
export * from './queries/list-candidates.query';
export * from './queries/get-resume-analysis.query';
export * from './cv/resume-analysis';
export * from './projections/candidate.projections';
