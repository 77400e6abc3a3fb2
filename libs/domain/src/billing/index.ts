export * from './billing-plans';
export * from './subscription.events';
export * from './subscription.commands';
export * from './subscription.errors';
export * from './subscription.decider';
