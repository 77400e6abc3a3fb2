import { Decider } from '../shared/decider';
import { CommandMetadata } from '../shared/event';
import { AuditAccessRecorded } from './audit.events';
import { AuditErrors, MAX_AUDIT_REASON } from './audit.errors';

export type RecordAuditAccess = {
  readonly type: 'RecordAuditAccess';
  readonly data: {
    readonly readerId: string;
    readonly readerRole: string;
    readonly target: string;
    readonly action: string;
    readonly reason: string | null | undefined;
    /** Reads of recorded content (streams, the log, an interview at a point) must say why. */
    readonly reasonRequired: boolean;
  };
  readonly metadata: CommandMetadata;
};

/**
 * The access log is append-only and stateless: each read becomes one event, decided on its own. A read that
 * needs a reason and has none is refused before anything is read.
 */
export function decideAuditAccess(command: RecordAuditAccess): AuditAccessRecorded[] {
  const { readerId, readerRole, target, action, reasonRequired } = command.data;
  const reason = command.data.reason?.trim() || null;
  if ((reasonRequired && !reason) || (reason && reason.length > MAX_AUDIT_REASON)) throw AuditErrors.reasonRequired();
  return [{ type: 'AuditAccessRecorded', data: { readerId, readerRole, target, action, reason, readAt: command.metadata.now } }];
}

/** The access log as a decider: no state, so any history decides the same. */
export const auditAccessDecider: Decider<null, RecordAuditAccess, AuditAccessRecorded> = {
  initialState: () => null,
  decide: (command) => decideAuditAccess(command),
  evolve: () => null,
};
