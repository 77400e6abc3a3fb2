import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sigkillBurstRound } from '../support/sigkill-burst';

/**
 * Fault test: SIGKILL the server in the middle of a burst of commands. After a restart every command that
 * was answered with success is in the event store, none is there twice, and the read models (rebuilt by
 * replay at start in embedded mode) show exactly what the event store holds.
 */
describe('SIGKILL during a burst of commands', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-fault-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses no answered command and doubles none', async () => {
    const outcome = await sigkillBurstRound(dir, 'burst@example.com', 60);
    expect(outcome.answered.length).toBeGreaterThanOrEqual(60);
    expect(outcome.duplicateEventIds).toBe(0);
    expect(outcome.doubleCreated).toBe(0);
    expect(outcome.lostInStore).toEqual([]);
    expect(outcome.lostInReadModels).toEqual([]);
    expect(outcome.listedAfterRestart).toBe(outcome.stored.size);
  }, 120_000);
});
