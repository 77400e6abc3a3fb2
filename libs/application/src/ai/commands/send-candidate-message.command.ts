import { Command } from '@nestjs/cqrs';
import { InterviewerTurn } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export interface CandidateMessageResult {
  readonly messageId: string;
  /** The AI interviewer's answer; null when it had nothing to add (e.g. after closing). */
  readonly reply: InterviewerTurn | null;
}

/** The candidate says something; the AI interviewer answers with its next turn. */
export class SendCandidateMessageCommand extends Command<CandidateMessageResult> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
    readonly text: string,
  ) {
    super();
  }
}
