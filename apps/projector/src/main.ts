import 'reflect-metadata';
import { loadConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { parseArgs, runProjector } from './projector-cli';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await runProjector(parseArgs(process.argv.slice(2)), config, logger, stopSignal);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'projector failed', error: String(error?.message ?? error) })}\n`);
    process.exit(1);
  },
);
