import { Command } from '@nestjs/cqrs';
import { Speaker } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** One utterance of the transcript. A null actor is the server itself (the AI interviewer, a gateway). */
export class RecordMessageCommand extends Command<{ messageId: string }> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
    readonly speaker: Speaker,
    readonly text: string,
  ) {
    super();
  }
}
