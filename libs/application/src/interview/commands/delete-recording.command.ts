import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Records the deletion of the interview's recording, then removes the stored file. */
export class DeleteRecordingCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
