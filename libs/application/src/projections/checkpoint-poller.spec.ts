import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { CheckpointPoller } from './checkpoint-poller';
import { CHECKPOINTS_COLLECTION, CheckpointDocument, LOCKSTEP_CHECKPOINT_ID } from './projection';

const at = '2026-01-01T00:00:00.000Z';
const P1 = '00000000000000000001';
const P2 = '00000000000000000002';

describe('CheckpointPoller', () => {
  it('given projections whose own rows are behind, when the lockstep row naming them all reaches the position, then the wait ends', async () => {
    const store = new MemoryReadStore();
    const rows = store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
    await rows.upsert({ _id: 'a', position: P1, updatedAt: at });
    await rows.upsert({ _id: 'b', position: P1, updatedAt: at });
    const poller = new CheckpointPoller(store, ['a', 'b']);
    expect(await poller.waitFor(P2, 30)).toBe(false);

    const waiting = poller.waitFor(P2, 5000);
    await rows.upsert({ _id: LOCKSTEP_CHECKPOINT_ID, position: P2, members: ['a', 'b'], updatedAt: at });
    expect(await waiting).toBe(true);
  });

  it('given a lockstep row without one of the projections, when that one has not reached the position, then it keeps waiting', async () => {
    const store = new MemoryReadStore();
    const rows = store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
    await rows.upsert({ _id: LOCKSTEP_CHECKPOINT_ID, position: P2, members: ['a'], updatedAt: at });
    const poller = new CheckpointPoller(store, ['a', 'b']);
    expect(await poller.waitFor(P2, 30)).toBe(false);
    await rows.upsert({ _id: 'b', position: P1, updatedAt: at });
    expect(await poller.waitFor(P2, 30)).toBe(false);
    await rows.upsert({ _id: 'b', position: P2, updatedAt: at });
    expect(await poller.waitFor(P2, 30)).toBe(true);
  });
});
