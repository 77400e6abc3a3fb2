import { Command } from '@nestjs/cqrs';
import { JobChanges } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** S3 `PUT`/`PATCH /api/jobs/{id}/`: the fields given change, the others stay. */
export class UpdateJobCommand extends Command<void> {
  constructor(
    readonly jobId: string,
    readonly actor: AuthenticatedUser,
    readonly changes: JobChanges,
  ) {
    super();
  }
}
