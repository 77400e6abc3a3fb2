export * from './candidate.types';
export * from './candidate.commands';
export * from './candidate.events';
export * from './candidate.errors';
export * from './candidate.validation';
export * from './candidate.decider';
