import { Command } from '@nestjs/cqrs';
import { JobDetails } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** S3 `POST /api/jobs/`: the owner is the caller; omitted fields take their defaults. */
export class CreateJobCommand extends Command<{ jobId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly details: Partial<JobDetails> & { title: string },
    readonly aiGenerated = false,
  ) {
    super();
  }
}
