/** The assessment context: coding problems, score versions, re-scoring and scoring status. */
export * from './assessment.handlers';
export * from './commands/rescore-interview.command';
export * from './queries/get-score-versions.query';
export * from './queries/await-completion-feedback.query';
export * from './feedback/interview-feedback';
export * from './feedback/fact-based-feedback';
export * from './scoring/interview-scoring.queue';
export * from './scoring/assessment.reactor';
export * from './queries/score-diff';
export * from './projections/assessment-status.projection';
export * from './commands/share-report.command';
export * from './queries/get-shared-report.query';
export * from './projections/code-runs.projection';
export * from './evidence/score-evidence';
export * from './queries/get-score-evidence.query';
