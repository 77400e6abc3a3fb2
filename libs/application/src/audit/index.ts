/** Audit teams: the access log, signed checkpoints of the log chain, exports and their verification. */
export * from './audit.handlers';
export * from './audit-checkpoints';
export * from './audit-exporter';
export * from './log-chain';
export * from './queries/audit.queries';
export * from './projections/audit-streams.projection';
export * from '../ports/audit-signer.port';
export * from './interview-point-in-time';
export * from './queries/interview-point-in-time.handlers';
export * from './projections/group-labels.projection';
export * from './commands/record-group-labels.command';
export * from './queries/adverse-impact.query';
