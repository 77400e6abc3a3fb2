import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';
import { ApiKeyDocument } from '../projections/api-keys.projection';

/** One of the caller's keys (404 for anyone else's). */
export class GetApiKeyQuery extends Query<ApiKeyDocument> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly keyId: string,
  ) {
    super();
  }
}
