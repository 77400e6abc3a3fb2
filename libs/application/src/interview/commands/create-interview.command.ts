import { Command } from '@nestjs/cqrs';
import { InterviewDetails } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Any surface's "create an interview/session": the owner is the caller; omitted fields take their defaults. */
export class CreateInterviewCommand extends Command<{ interviewId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly details: Partial<InterviewDetails>,
    readonly scheduledAt: string | null,
  ) {
    super();
  }
}
