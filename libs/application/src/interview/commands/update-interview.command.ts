import { Command } from '@nestjs/cqrs';
import { InterviewChanges, InterviewStatus } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** S1's PUT: changed fields, and optionally a new schedule and a target status, applied atomically. */
export class UpdateInterviewCommand extends Command<void> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly changes: InterviewChanges,
    readonly scheduledAt?: string,
    readonly status?: InterviewStatus,
  ) {
    super();
  }
}
