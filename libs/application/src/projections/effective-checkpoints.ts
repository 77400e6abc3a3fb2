import { comparePositions, LogPosition } from '@candor/contracts';
import { ReadStore } from '../ports/read-store.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument, LOCKSTEP_CHECKPOINT_ID } from './projection';

/**
 * What each name in `_checkpoints` has applied, from its rows: its own row's position, or the lockstep row's when it
 * is one of its members and that is later (the lockstep row says every member has applied everything up to its
 * position). Names without either are absent. The lockstep row itself is not an entry.
 */
export function effectiveCheckpoints(rows: readonly CheckpointDocument[]): Map<string, LogPosition> {
  const positions = new Map<string, LogPosition>();
  let lockstep: CheckpointDocument | undefined;
  for (const row of rows) {
    if (row._id === LOCKSTEP_CHECKPOINT_ID) lockstep = row;
    else positions.set(row._id, row.position);
  }
  for (const member of lockstep?.members ?? []) {
    const own = positions.get(member);
    if (own === undefined || comparePositions(lockstep!.position, own) > 0) positions.set(member, lockstep!.position);
  }
  return positions;
}

/**
 * The effective checkpoints saved in the store's `_checkpoints`: of every name, or of `names` only (their rows and
 * the lockstep row are read).
 */
export async function readEffectiveCheckpoints(store: ReadStore, names?: readonly string[]): Promise<Map<string, LogPosition>> {
  const filter = names ? { _id: { $in: [...names, LOCKSTEP_CHECKPOINT_ID] } } : {};
  return effectiveCheckpoints(await store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).find(filter));
}
