import { EventStoreDBClient } from '@eventstore/db-client';
import { eventHash, GENESIS_HASH } from '@candor/contracts';
import { eventStoreContract, newEvent, streamId } from '../../testing/event-store.contract';
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

/** The hash chain travels in each event's EventStoreDB metadata, where other tools reading the server see it too. */
function hashesInMetadata(label: string, connect: () => { store: EventStoreDbEventStore; client: EventStoreDBClient }): void {
  describe(`EventStoreDB hash chain in metadata: ${label}`, () => {
    it('writes $candorHash and $candorPreviousHash into the stored metadata and returns them as the event hash', async () => {
      const { store, client } = connect();
      try {
        const stream = streamId('esdb-hash');
        await store.append(stream, [newEvent('Opened', { n: 1 }), newEvent('Noted', { n: 2 })], 'no_stream');

        const raw: { metadata: Record<string, unknown> }[] = [];
        for await (const resolved of client.readStream(stream)) raw.push(resolved.event as unknown as { metadata: Record<string, unknown> });
        const read = await store.readStream(stream);

        expect(raw.map((e) => e.metadata.$candorPreviousHash)).toEqual([GENESIS_HASH, read[0].hash]);
        expect(raw.map((e) => e.metadata.$candorHash)).toEqual(read.map((e) => e.hash));
        expect(read[1].hash).toBe(eventHash({ type: 'Noted', data: read[1].data, metadata: read[1].metadata, streamId: stream, revision: 2, previousHash: read[0].hash! }));
        expect(read[1].metadata).not.toHaveProperty('$candorHash');
      } finally {
        await store.close();
      }
    });
  });
}

if (url) {
  hashesInMetadata('server', () => {
    const client = EventStoreDBClient.connectionString(url);
    return { store: new EventStoreDbEventStore(url, client), client };
  });
}
hashesInMetadata('emulation', () => {
  const client = new EventStoreDbEmulator() as unknown as EventStoreDBClient;
  return { store: new EventStoreDbEventStore('esdb://emulated', client), client };
});

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
