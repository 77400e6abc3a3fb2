import { Command } from '@nestjs/cqrs';
import { InterviewerTurn } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Lets the AI interviewer speak now (e.g. open the interview once it has started). */
export class TakeInterviewerTurnCommand extends Command<{ turn: InterviewerTurn | null }> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
  ) {
    super();
  }
}
