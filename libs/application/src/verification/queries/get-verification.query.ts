import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import type { VerificationDocument } from '../verifications.projection';

/** A verification: its owner and admins may see it (403 for others, 404 when unknown). */
export class GetVerificationQuery extends Query<VerificationDocument> {
  constructor(
    readonly verificationId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
