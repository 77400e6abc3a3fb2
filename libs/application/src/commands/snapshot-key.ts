import { createHash } from 'node:crypto';

const keys = new WeakMap<object, string>();

/**
 * The version key of a decider's snapshots: a digest of its evolve and initial state source, so deploying a
 * changed fold makes every older snapshot unreadable (streams are folded from their events again). A change
 * that lives only in a helper evolve calls is not seen: such a decider sets `snapshotVersion` and bumps it.
 */
export function snapshotKey(decider: { evolve: unknown; initialState: unknown; snapshotVersion?: number }): string {
  let key = keys.get(decider);
  if (!key) {
    key = createHash('sha256')
      .update(String(decider.evolve))
      .update('\0')
      .update(String(decider.initialState))
      .update('\0')
      .update(String(decider.snapshotVersion ?? 0))
      .digest('hex')
      .slice(0, 16);
    keys.set(decider, key);
  }
  return key;
}
