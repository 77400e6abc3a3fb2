export * from './interview.types';
export * from './interview.commands';
export * from './interview.events';
export * from './interview.errors';
export * from './interview.decider';
export * from './session-code.events';
