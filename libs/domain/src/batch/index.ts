export * from './batch.events';
export * from './batch.decider';
