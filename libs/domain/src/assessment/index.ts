export * from './assessment.events';
export * from './assessment.commands';
export * from './assessment.decider';
