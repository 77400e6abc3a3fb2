import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/**
 * An auditor is about to read something through an ordinary route (an interview on any surface): the read is
 * put on the `audit-access` stream first (CONTRACTS.md: auditors read only, every read recorded).
 */
export class RecordAuditReadCommand extends Command<void> {
  constructor(
    readonly reader: AuthenticatedUser,
    /** What is read: the route's path. */
    readonly target: string,
    /** How: the HTTP method. */
    readonly action: string,
    /** The `reason` query parameter when the auditor gave one. */
    readonly reason: string | null,
  ) {
    super();
  }
}
