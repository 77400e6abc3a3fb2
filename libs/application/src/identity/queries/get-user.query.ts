import { Query } from '@nestjs/cqrs';
import { UserDocument } from '../projections/users.projection';

/** One user by id (404 when unknown or deleted). Who may ask is the route's guard's business. */
export class GetUserQuery extends Query<UserDocument> {
  constructor(readonly userId: string) {
    super();
  }
}
