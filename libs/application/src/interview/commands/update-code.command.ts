import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The candidate's editor content changed (S0 `code_update`). */
export class UpdateCodeCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
    readonly code: string,
    readonly language: string,
  ) {
    super();
  }
}
