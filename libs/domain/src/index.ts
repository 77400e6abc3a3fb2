export * from './shared/domain-error';
export * from './shared/event';
export * from './shared/decider';
export * from './interview';
export * from './identity';
