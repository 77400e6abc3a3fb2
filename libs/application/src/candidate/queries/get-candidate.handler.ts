import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CandidateErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { assertCandidateId, assertMayUseCandidate } from '../candidate-access';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../projections/candidates.projection';
import { GetCandidateQuery } from './get-candidate.query';

@QueryHandler(GetCandidateQuery)
export class GetCandidateHandler implements IQueryHandler<GetCandidateQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetCandidateQuery): Promise<CandidateDocument> {
    assertCandidateId(q.candidateId);
    const doc = await this.store.collection<CandidateDocument>(CANDIDATES_COLLECTION).findOne({ _id: q.candidateId });
    if (!doc) throw CandidateErrors.notFound();
    assertMayUseCandidate(doc.ownerId, q.viewer, 'see it');
    return doc;
  }
}
