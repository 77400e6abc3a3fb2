import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { VerificationUpload } from './verification-upload';

/** S4 `POST /candidates/verify/identity`: a document image or PDF, checked and kept for review. */
export class SubmitIdentityDocumentCommand extends Command<{ verificationId: string }> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly upload: VerificationUpload,
    readonly documentType: string,
    readonly declaredName: string | null,
  ) {
    super();
  }
}
