/** Code execution: validate, queue (fairly, bounded), run in the sandbox, map to each surface's body. */
export * from './languages';
export * from './execution-result';
export * from './execution-result.factory';
export * from './test-case-evaluation';
export * from './execution-response.mappers';
export * from './code-execution.job';
export * from './code-execution.policy';
export * from './execute-code.service';
