export * from './interview.types';
export * from './interviewer.types';
export * from './interview.commands';
export * from './interview.events';
export * from './code-analysis.events';
export * from './interview.errors';
export * from './interview.decider';
export * from './session-code.events';
