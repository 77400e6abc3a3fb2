import { readStoreContract } from '../../testing/read-store.contract';
import { MemoryReadStore } from './memory-read-store.adapter';

readStoreContract('in memory', async () => new MemoryReadStore());

describe('MemoryReadStore', () => {
  it('is not persistent: the projector rebuilds it by replay', () => {
    expect(new MemoryReadStore().persistent).toBe(false);
  });
});
