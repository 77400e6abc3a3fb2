export * from './maintenance.events';
export * from './maintenance.decider';
