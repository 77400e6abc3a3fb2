import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** S3 `POST /api/jobs/generate_from_title/`: the language model writes the job, which is then created as the caller's. */
export class GenerateJobFromTitleCommand extends Command<{ jobId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly title: string,
    readonly company: string | null,
  ) {
    super();
  }
}
