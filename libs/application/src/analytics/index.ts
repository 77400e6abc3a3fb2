/** Interviewer analytics: read-model pipelines over interviews, evaluations and score cards. */
export * from './analytics.types';
export * from './analytics.handlers';
export * from './queries/get-dashboard.query';
export * from './queries/get-interview-report-data.query';
export * from './queries/get-candidate-analytics.query';
export * from './queries/get-trends.query';
export * from './queries/export-analytics.query';
export { ANALYTICS_CSV_COLUMNS } from './queries/export-analytics.handler';
