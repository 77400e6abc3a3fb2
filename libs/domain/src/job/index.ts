export * from './job.types';
export * from './job.commands';
export * from './job.events';
export * from './job.errors';
export * from './job.validation';
export * from './job.decider';
