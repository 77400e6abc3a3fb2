import { parentPort } from 'node:worker_threads';
import { RuleCheckJob, runRuleChecks } from './rule-checks';

/** A worker thread of RuleCheckPool: says it is ready, then answers one job at a time with its hits or its error. */
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { id: number; job: RuleCheckJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, hits: runRuleChecks(message.job) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String((error as Error)?.message ?? error) });
  }
});
