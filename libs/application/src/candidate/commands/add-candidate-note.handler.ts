import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { candidateDecider, CandidateErrors, CandidateState, candidateStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { assertCandidateId, assertMayUseCandidate } from '../candidate-access';
import { CandidateNote } from '../projections/candidates.projection';
import { AddCandidateNoteCommand } from './add-candidate-note.command';

@CommandHandler(AddCandidateNoteCommand)
export class AddCandidateNoteHandler implements ICommandHandler<AddCandidateNoteCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(command: AddCandidateNoteCommand): Promise<CandidateNote> {
    assertCandidateId(command.candidateId);
    // The id is chosen once, so a retry after a version conflict records the same note, not a second one.
    const noteId = randomUUID();
    const author = command.author;
    const metadata = this.store.commandMetadata();
    const authorName = author.fullName || author.username || null;
    await this.store.execute(
      candidateStreamId(command.candidateId),
      candidateDecider,
      {
        type: 'AddCandidateNote',
        metadata,
        data: { noteId, authorId: author.id, authorName, content: command.content },
      },
      {
        guard: (state: CandidateState) => {
          if (!state.exists) throw CandidateErrors.notFound();
          assertMayUseCandidate(state.ownerId, author, 'add notes to it');
        },
      },
    );
    return { id: noteId, authorId: author.id, authorName, content: command.content, createdAt: metadata.now };
  }
}
