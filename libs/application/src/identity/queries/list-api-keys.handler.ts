import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { API_KEYS_COLLECTION, ApiKeyDocument } from '../projections/api-keys.projection';
import { ListApiKeysQuery } from './list-api-keys.query';

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  execute(q: ListApiKeysQuery): Promise<ApiKeyDocument[]> {
    return this.store
      .collection<ApiKeyDocument>(API_KEYS_COLLECTION)
      .find({ userId: q.owner.id }, { sort: { createdAt: -1, createdPosition: -1 } });
  }
}
