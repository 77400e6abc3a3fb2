import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sigkillBurstRound } from '../test/support/sigkill-burst';
import { log } from './bench-table';

/**
 * `npm run bench -- --soak`: many SIGKILL rounds on one growing DATA_DIR, each killed at a different point.
 * Prints what each round answered, stored and showed after the restart; fails on any loss or double.
 */
export async function runSoak(rounds: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-soak-'));
  let ok = true;
  let answeredTotal = 0;
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const killAfter = 20 + Math.floor(Math.random() * 200);
      const outcome = await sigkillBurstRound(dir, 'soak@example.com', killAfter);
      answeredTotal += outcome.answered.length;
      const problems = [
        outcome.duplicateEventIds && `${outcome.duplicateEventIds} duplicate event ids`,
        outcome.doubleCreated && `${outcome.doubleCreated} interviews created twice`,
        outcome.lostInStore.length && `${outcome.lostInStore.length} answered but not stored`,
        outcome.lostInReadModels.length && `${outcome.lostInReadModels.length} answered but not shown`,
        outcome.listedAfterRestart !== outcome.stored.size && `listed ${outcome.listedAfterRestart} of ${outcome.stored.size} stored`,
      ].filter(Boolean);
      ok = ok && problems.length === 0;
      log(`soak round ${round}: killed after ${outcome.answered.length} answers; ${outcome.stored.size} interviews stored in all; ${problems.length ? problems.join(', ') : 'nothing lost, nothing doubled'}`);
    }
    log(`soak: ${rounds} rounds, ${answeredTotal} answered commands, ${ok ? 'no loss and no double' : 'FAILURES above'}`);
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
