import { Command } from '@nestjs/cqrs';
import { InterviewDetails } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/**
 * S3's "create an interview": always for one of the caller's jobs and candidates (both must exist);
 * what the body leaves out is taken from them (position, description, technologies, candidate name/email).
 */
export class CreateJobInterviewCommand extends Command<{ interviewId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly jobId: string,
    readonly candidateId: string,
    readonly details: Partial<InterviewDetails>,
    readonly scheduledAt: string | null,
  ) {
    super();
  }
}
