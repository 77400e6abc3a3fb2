/**
 * A projector process for the kill test: projects the tally of `$DATA_DIR/events.sqlite` into
 * `$DATA_DIR/read-models.sqlite` in small batches, until killed.
 */
import { join } from 'node:path';
import { ProjectionRunner, ProjectorLease } from '@candor/application';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { SqliteReadStore } from '@candor/infrastructure/read-store/sqlite/sqlite-read-store.adapter';
import { tallyProjection } from './tally.projection';

const dir = process.env.DATA_DIR!;
const events = new SqliteEventStore(join(dir, 'events.sqlite'));
const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
const runner = new ProjectionRunner(
  events,
  store,
  [tallyProjection],
  { log: () => undefined, error: (msg, ctx) => process.stderr.write(`${msg} ${JSON.stringify(ctx)}\n`) },
  { lease: new ProjectorLease(store, `child:${process.pid}`), batchMaxEvents: 25, replayBatchMaxEvents: 25 },
);
void runner.start().then(() => process.stdout.write('started\n'));
