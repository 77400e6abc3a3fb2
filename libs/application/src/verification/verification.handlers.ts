import { SubmitFaceImageHandler } from './commands/submit-face-image.handler';
import { SubmitIdentityDocumentHandler } from './commands/submit-identity-document.handler';
import { GetVerificationHandler } from './queries/get-verification.handler';

export const VERIFICATION_COMMAND_HANDLERS = [SubmitIdentityDocumentHandler, SubmitFaceImageHandler];
export const VERIFICATION_QUERY_HANDLERS = [GetVerificationHandler];
