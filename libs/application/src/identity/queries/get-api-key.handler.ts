import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiKeyErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { API_KEYS_COLLECTION, ApiKeyDocument } from '../projections/api-keys.projection';
import { GetApiKeyQuery } from './get-api-key.query';

@QueryHandler(GetApiKeyQuery)
export class GetApiKeyHandler implements IQueryHandler<GetApiKeyQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetApiKeyQuery): Promise<ApiKeyDocument> {
    const key = await this.store.collection<ApiKeyDocument>(API_KEYS_COLLECTION).findOne({ _id: q.keyId, userId: q.owner.id });
    if (!key) throw ApiKeyErrors.notFound();
    return key;
  }
}
