import {
  EventStore,
  LEASES_COLLECTION,
  LeaseDocument,
  readEffectiveCheckpoints,
  ReadStore,
} from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { AppConfig } from '@candor/infrastructure/config/app-config';
import { createEventStore, createReadStore, createUpcasters } from '@candor/infrastructure/composition/store.factory';
import { createProjectionRunner } from '@candor/infrastructure/composition/projector.factory';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { projectorHealthConfigFromEnv, startProjectorHealthServer } from './projector-health-server';

export type ProjectorCommand = { name: 'run' } | { name: 'rebuild'; projection?: string } | { name: 'status' };

export function parseArgs(argv: readonly string[]): ProjectorCommand {
  const [command = 'run', arg] = argv;
  switch (command) {
    case 'run':
      return { name: 'run' };
    case 'rebuild':
      return { name: 'rebuild', projection: arg };
    case 'status':
      return { name: 'status' };
    default:
      throw new Error(`Unknown command "${command}". Usage: projector [run | rebuild [projection] | status]`);
  }
}

/**
 * The projector process: runs every projection from the global log into the read store (production),
 * rebuilds one or all from position zero, or reports checkpoints. Resolves when the command is done
 * (for `run`: after `stopSignal` resolves and the checkpoints are saved).
 */
export async function runProjector(
  command: ProjectorCommand,
  config: AppConfig,
  logger: JsonLogger,
  stopSignal: Promise<void>,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const events = await createEventStore(config, createUpcasters());
  const store = await createReadStore(config);
  try {
    switch (command.name) {
      case 'run':
        await run(events, store, config, logger, stopSignal, env);
        break;
      case 'rebuild':
        await rebuild(events, store, logger, command.projection, print);
        break;
      case 'status':
        await status(events, store, print);
        break;
    }
  } finally {
    await events.close();
    await store.close();
  }
}

async function run(events: EventStore, store: ReadStore, config: AppConfig, logger: JsonLogger, stopSignal: Promise<void>, env: NodeJS.ProcessEnv) {
  if (!store.persistent) {
    throw new Error(
      'With READ_STORE=memory the read models live in the API process (it runs the projections itself). ' +
        'Use the SQLite read store (default) or set MONGO_URL to run the projector as its own process.',
    );
  }
  // Waits while another projector (an API running them in process, another `run`) holds the lease.
  const runner = createProjectionRunner(events, store, logger, Number.MAX_SAFE_INTEGER);
  await runner.start();
  let running = true;
  const healthConfig = projectorHealthConfigFromEnv(env);
  const health =
    healthConfig.port > 0
      ? await startProjectorHealthServer({ position: () => runner.position, head: () => events.headPosition(), running: () => running }, healthConfig)
      : null;
  logger.entry('info', 'projector running', {
    projections: runner.names,
    eventStore: config.eventStoreUrl ? 'eventstoredb' : 'sqlite',
    health: health ? `http://${healthConfig.host}:${health.port}/health` : 'off',
  });
  await stopSignal;
  running = false;
  await runner.stop();
  await health?.close();
  logger.entry('info', 'projector stopped; checkpoints saved', { position: runner.position });
}

async function rebuild(events: EventStore, store: ReadStore, logger: JsonLogger, projection: string | undefined, print: (l: string) => void) {
  const runner = createProjectionRunner(events, store, logger);
  const started = Date.now();
  const rebuilt = await runner.rebuild(projection);
  await runner.start();
  await runner.catchUp(60 * 60_000);
  await runner.stop();
  for (const p of ALL_PROJECTIONS.filter((p) => rebuilt.includes(p.name))) {
    print(`${p.name}: ${await store.collection(p.collection).count()} documents in ${p.collection}`);
  }
  print(`rebuilt ${rebuilt.length} projection(s) to position ${runner.position || '0'} in ${Date.now() - started} ms`);
  if (!store.persistent) {
    print('READ_STORE=memory: this was a verification replay in memory; the API rebuilds its read models at every start');
  }
}

async function status(events: EventStore, store: ReadStore, print: (l: string) => void) {
  const head = await events.headPosition();
  const saved = await readEffectiveCheckpoints(store);
  print(`log head: ${head || '0'}`);
  const lease = await store.collection<LeaseDocument>(LEASES_COLLECTION).findOne({ _id: 'projector' });
  print(`lease: ${lease ? `held by ${lease.owner} until ${lease.expiresAt}` : 'free'}`);
  for (const p of ALL_PROJECTIONS) {
    print(`${p.name}: ${saved.get(p.name) ?? 'not started'}`);
  }
}
