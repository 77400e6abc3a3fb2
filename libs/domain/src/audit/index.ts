export * from './audit.events';
export * from './audit.errors';
export * from './audit-access.decider';
export * from './audit-checkpoint.decider';
export * from './adverse-impact';
export * from './group-labels.decider';
