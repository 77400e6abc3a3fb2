import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class ScheduleInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly scheduledAt: string,
  ) {
    super();
  }
}
