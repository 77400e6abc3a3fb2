import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export interface CvUpload {
  readonly fileName: string;
  readonly contentType: string;
  /** The file's bytes as they arrive (never buffered whole). */
  readonly content: AsyncIterable<Buffer | string>;
}

/** What the uploader states; it wins over what parsing finds. */
export interface CandidateOverrides {
  readonly fullName?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** S3 `POST /api/candidates/upload_cv/`: store the CV, read and parse it, create the candidate. */
export class UploadCvCommand extends Command<{ candidateId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly upload: CvUpload,
    readonly overrides: CandidateOverrides = {},
  ) {
    super();
  }
}
