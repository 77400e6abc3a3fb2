import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';
import { ApiKeyDocument } from '../projections/api-keys.projection';

/** The caller's keys, newest first, without secrets. */
export class ListApiKeysQuery extends Query<ApiKeyDocument[]> {
  constructor(readonly owner: AuthenticatedUser) {
    super();
  }
}
