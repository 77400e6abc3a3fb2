import { Command } from '@nestjs/cqrs';
import { CvUpload } from '../../candidate/commands/upload-cv.command';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/**
 * Bulk CV upload: the files are staged to storage as they stream in (at most 50, each at most 10 MB), then
 * parsed in the background, one candidate each, exactly as a single upload.
 */
export class StartBatchCvUploadCommand extends Command<{ jobId: string; total: number }> {
  constructor(
    readonly actor: AuthenticatedUser,
    readonly files: AsyncIterable<CvUpload>,
  ) {
    super();
  }
}
