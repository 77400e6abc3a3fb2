import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CandidateNote } from '../projections/candidates.projection';

/** S3 `POST /api/candidates/{id}/add_note/`: the author is the caller; answers the note as recorded. */
export class AddCandidateNoteCommand extends Command<CandidateNote> {
  constructor(
    readonly candidateId: string,
    readonly author: AuthenticatedUser,
    readonly content: string,
  ) {
    super();
  }
}
