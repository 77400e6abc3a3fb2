import 'reflect-metadata';
import { loadConfig } from '@candor/infrastructure/config/app-config';
import { ConfigurationError } from '@candor/infrastructure/config/startup-secrets';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  const app = await createApp(config, logger);
  await app.listen(config.port, config.host);
  logger.entry('info', 'candor api listening', {
    port: config.port,
    mode: config.eventStoreUrl || config.mongoUrl ? 'production' : 'embedded',
    dataDir: config.dataDir,
    projector: config.projectorInProcess ? 'in-process' : 'external',
  });

  // Graceful shutdown: stop accepting, let in-flight requests finish, stop the projector (its checkpoint is
  // saved), close the event store (the SQLite WAL is checkpointed), then exit 0.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.entry('info', 'shutting down', { signal });
    app.close().then(
      () => process.exit(0),
      (error) => {
        logger.entry('error', 'shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'startup refused', error: error.message })}\n`);
    process.exit(1);
  }
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'startup failed', error: String(error?.stack ?? error) })}\n`);
  process.exit(1);
});
