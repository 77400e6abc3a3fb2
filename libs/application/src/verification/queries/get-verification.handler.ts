import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { VerificationErrors } from '@candor/domain';
import { isAdmin } from '../../identity/authenticated-user';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { VERIFICATIONS_COLLECTION, VerificationDocument } from '../verifications.projection';
import { GetVerificationQuery } from './get-verification.query';

@QueryHandler(GetVerificationQuery)
export class GetVerificationHandler implements IQueryHandler<GetVerificationQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute({ verificationId, viewer }: GetVerificationQuery): Promise<VerificationDocument> {
    const doc = await this.store.collection<VerificationDocument>(VERIFICATIONS_COLLECTION).findOne({ _id: String(verificationId) });
    if (!doc) throw VerificationErrors.notFound();
    if (doc.userId !== viewer.id && !isAdmin(viewer)) throw VerificationErrors.forbidden();
    return doc;
  }
}
