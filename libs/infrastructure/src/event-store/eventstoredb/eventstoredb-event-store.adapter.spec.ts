import { EventStoreDBClient } from '@eventstore/db-client';
import { eventStoreContract } from '../../testing/event-store.contract';
import { EventStoreDbEmulator } from '../../testing/eventstoredb-emulator';
import { EventStoreDbEventStore } from './eventstoredb-event-store.adapter';

/** The contract needs a real server (EVENTSTORE_URL, e.g. esdb://admin:changeit@localhost:2113?tls=false). */
const url = process.env.EVENTSTORE_URL;

if (url) {
  eventStoreContract('EventStoreDB', async () => new EventStoreDbEventStore(url));
} else {
  describe.skip('EventStore contract: EventStoreDB (skipped: set EVENTSTORE_URL to run it against a server)', () => {
    it('needs EVENTSTORE_URL', () => undefined);
  });
}

// Every run: the adapter's own logic (conversions, read-back of positions, idempotent retries, $all paging past
// system events, stop()) against an emulation of the server's behaviour. Not a substitute for the run above.
eventStoreContract(
  'EventStoreDB adapter on an in-process emulation of the server',
  async () => new EventStoreDbEventStore('esdb://emulated', new EventStoreDbEmulator() as unknown as EventStoreDBClient),
);

describe('EventStoreDbEventStore without a server', () => {
  it('builds a client from the connection string alone and reports itself down when nothing answers', async () => {
    const store = new EventStoreDbEventStore('esdb://127.0.0.1:1?tls=false');
    try {
      const health = await store.health();

      expect(health).toMatchObject({ status: 'down', adapter: 'eventstoredb' });
      expect(health.detail).toEqual(expect.any(String));
    } finally {
      await store.close();
    }
  });

  it('refuses a position of another adapter before contacting the server', async () => {
    const store = new EventStoreDbEventStore('esdb://127.0.0.1:1?tls=false');
    try {
      await expect(store.readAll({ after: '00000000000000000042' })).rejects.toThrow(/Not an EventStoreDB log position/);
    } finally {
      await store.close();
    }
  });
});
