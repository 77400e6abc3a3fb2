import { Command } from '@nestjs/cqrs';
import { InterviewDetails } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/**
 * S1/S2's "create an interview" with `resume_id`: it must name one of the owner's resumes (an S3 candidate's
 * parsed CV; 400 otherwise), which gives the interview its candidate where the request names none.
 */
export class CreateResumeInterviewCommand extends Command<{ interviewId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly resumeId: string,
    readonly details: Partial<InterviewDetails>,
    readonly scheduledAt: string | null,
  ) {
    super();
  }
}
