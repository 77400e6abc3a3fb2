import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { VerificationUpload } from './verification-upload';

/** S4 `POST /candidates/verify/face`: a face image, alone or added to an identity verification (`verificationId`). */
export class SubmitFaceImageCommand extends Command<{ verificationId: string }> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly upload: VerificationUpload,
    readonly verificationId: string | null,
  ) {
    super();
  }
}
