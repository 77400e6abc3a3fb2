import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Invites every candidate of a CSV from one of the caller's templates, as a background batch job. */
export class StartBatchInvitationsCommand extends Command<{ jobId: string; total: number }> {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly templateId: string,
    readonly csv: string,
  ) {
    super();
  }
}
