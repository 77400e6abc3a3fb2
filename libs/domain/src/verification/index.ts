export * from './verification.events';
export * from './verification.decider';
