import { FaceImageSubmitted, IdentityDocumentSubmitted, VerificationStatus } from '@candor/domain';
import { SubmitFaceImageHandler } from './commands/submit-face-image.handler';
import { SubmitIdentityDocumentHandler } from './commands/submit-identity-document.handler';
import { GetVerificationHandler } from './queries/get-verification.handler';

/** One verification as the read model keeps it and `GET /candidates/verify/status/{id}` shows it. */
export interface VerificationView {
  verificationId: string;
  userId: string;
  status: VerificationStatus;
  documentType: string | null;
  declaredName: string | null;
  /** The identity document's submission (its image facts and checks); null for a face-only verification. */
  document: IdentityDocumentSubmitted['data'] | null;
  face: FaceImageSubmitted['data'] | null;
  createdAt: string;
  updatedAt: string;
}

export const VERIFICATION_COMMAND_HANDLERS = [SubmitIdentityDocumentHandler, SubmitFaceImageHandler];
export const VERIFICATION_QUERY_HANDLERS = [GetVerificationHandler];
