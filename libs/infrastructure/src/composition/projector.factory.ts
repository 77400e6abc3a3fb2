import { EventStore, ProjectionRunner, ReadStore } from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { JsonLogger } from '../logging/json-logger';

/** The one way to build the runner of every projection, shared by the API (embedded) and the projector process. */
export function createProjectionRunner(events: EventStore, store: ReadStore, logger: JsonLogger): ProjectionRunner {
  return new ProjectionRunner(events, store, ALL_PROJECTIONS, {
    log: (msg, ctx) => logger.entry('info', msg, ctx),
    error: (msg, ctx) => logger.entry('error', msg, ctx),
  });
}
