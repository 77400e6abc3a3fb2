import { Decider } from '../shared/decider';
import { CommandMetadata } from '../shared/event';
import { AuditCheckpointSigned } from './audit.events';
import { AuditErrors } from './audit.errors';

export type RecordCheckpoint = {
  readonly type: 'RecordCheckpoint';
  /** Signed by the application (the domain has no keys): position, chain hash, signature and public key. */
  readonly data: Omit<AuditCheckpointSigned['data'], 'signedAt'> & { readonly signedAt: string };
  readonly metadata: CommandMetadata;
};

/** The last checkpoint's position ('' when none); positions compare as strings (fixed width per adapter). */
export interface CheckpointState {
  readonly lastPosition: string;
}

/** Checkpoints only move forward: one at or before the last adds nothing (null), so a racing timer is harmless. */
export function decideCheckpoint(command: RecordCheckpoint, state: CheckpointState): AuditCheckpointSigned[] {
  const { position } = command.data;
  if (!position) throw AuditErrors.badRange('A checkpoint needs a position in a non-empty log');
  if (state.lastPosition && (position.length !== state.lastPosition.length || position <= state.lastPosition)) {
    if (position === state.lastPosition) return [];
    throw AuditErrors.checkpointNotAfter(position, state.lastPosition);
  }
  return [{ type: 'AuditCheckpointSigned', data: { ...command.data } }];
}

/** The checkpoint stream as a decider: its state is the position of the last checkpoint signed. */
export const auditCheckpointDecider: Decider<CheckpointState, RecordCheckpoint, AuditCheckpointSigned> = {
  initialState: () => ({ lastPosition: '' }),
  decide: decideCheckpoint,
  evolve: (_state, event) => ({ lastPosition: event.data.position }),
};
