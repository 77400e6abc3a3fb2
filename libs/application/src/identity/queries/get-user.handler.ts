import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserErrors } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { USERS_COLLECTION, UserDocument } from '../projections/users.projection';
import { GetUserQuery } from './get-user.query';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetUserQuery): Promise<UserDocument> {
    const user = await this.store.collection<UserDocument>(USERS_COLLECTION).findOne({ _id: q.userId });
    if (!user) throw UserErrors.notFound();
    return user;
  }
}
