/** Prints the LocalSandbox's status as JSON: run by tests inside a namespace that imitates a container. */
import { LocalSandbox } from '../sandbox/local-sandbox.adapter';
import { sandboxConfigFromEnv } from '../sandbox/sandbox-config';

new LocalSandbox(sandboxConfigFromEnv({})).status().then(
  (status) => process.stdout.write(`${JSON.stringify(status)}\n`),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
