import { AUDIT_ACCESS_STREAM_ID, decideAuditAccess } from '@candor/domain';
import { AggregateStore } from '../commands/aggregate-store';
import { AuthenticatedUser } from '../identity/authenticated-user';
import { assertAuditReader } from './audit-reader';

export interface AuditRead {
  readonly target: string;
  readonly action: string;
  readonly reason: string | null | undefined;
  /** Reads of recorded content must say why; listings and public checkpoints may. */
  readonly reasonRequired: boolean;
}

/**
 * Records an audit read on the `audit-access` stream before anything is read: a read that cannot be recorded
 * (no reason, store down) does not happen. The stream is append-only, so no state is loaded.
 */
export class AuditAccessRecorder {
  constructor(private readonly store: AggregateStore) {}

  async record(reader: AuthenticatedUser, read: AuditRead): Promise<void> {
    assertAuditReader(reader);
    const events = decideAuditAccess({
      type: 'RecordAuditAccess',
      data: {
        readerId: reader.id,
        readerRole: reader.isSuperuser && reader.role !== 'auditor' ? 'admin' : reader.role,
        target: read.target,
        action: read.action,
        reason: read.reason,
        reasonRequired: read.reasonRequired,
      },
      metadata: this.store.commandMetadata(),
    });
    await this.store.appendDecided(AUDIT_ACCESS_STREAM_ID, events, 'any');
  }
}

export const AUDIT_ACCESS_RECORDER = Symbol('AUDIT_ACCESS_RECORDER');
