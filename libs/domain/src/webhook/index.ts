export * from './webhook.types';
export * from './webhook.events';
export * from './webhook.commands';
export * from './webhook.decider';
export * from './ip-address-range';
