export * from './interview-template.events';
export * from './interview-template.decider';
