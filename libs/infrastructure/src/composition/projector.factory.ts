import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { EventStore, ProjectionRunner, ProjectorLease, ReadStore } from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { JsonLogger } from '../logging/json-logger';

/**
 * The one way to build the runner of every projection, shared by the API (embedded) and the projector process.
 * A persistent store is shared, so its runner takes the projector lease (waiting up to `leaseWaitMs`).
 */
export function createProjectionRunner(
  events: EventStore,
  store: ReadStore,
  logger: JsonLogger,
  leaseWaitMs = 0,
): ProjectionRunner {
  return new ProjectionRunner(
    events,
    store,
    ALL_PROJECTIONS,
    {
      log: (msg, ctx) => logger.entry('info', msg, ctx),
      error: (msg, ctx) => logger.entry('error', msg, ctx),
    },
    { lease: store.persistent ? createProjectorLease(store) : null, leaseWaitMs },
  );
}

/** Owner `host:pid:nonce`; a holder on this host whose process is gone (or was an earlier life of this pid) is taken over. */
export function createProjectorLease(store: ReadStore): ProjectorLease {
  const host = hostname();
  return new ProjectorLease(store, `${host}:${process.pid}:${randomUUID().slice(0, 8)}`, {
    holderIsGone: (owner) => {
      const [holderHost, pid] = owner.split(':');
      if (holderHost !== host || !/^\d+$/.test(pid ?? '')) return false;
      if (Number(pid) === process.pid) return true;
      try {
        process.kill(Number(pid), 0);
        return false;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ESRCH';
      }
    },
  });
}
