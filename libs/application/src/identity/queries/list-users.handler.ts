import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { USERS_COLLECTION, UserDocument } from '../projections/users.projection';
import { ListUsersQuery } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListUsersQuery): Promise<{ items: UserDocument[]; total: number }> {
    const filter = toFilter(q);
    const order = q.sortOrder === 'asc' ? 1 : -1;
    const collection = this.store.collection<UserDocument>(USERS_COLLECTION);
    const [items, total] = await Promise.all([
      collection.find(filter, { sort: { [q.sortBy]: order, createdPosition: order }, skip: q.skip, limit: q.limit }),
      collection.count(filter),
    ]);
    return { items, total };
  }
}

function toFilter({ filter }: ListUsersQuery): Filter {
  const clauses: Filter[] = [];
  if (filter.search) {
    const pattern = { $regex: escapeRegex(filter.search), $options: 'i' };
    clauses.push({ $or: [{ email: pattern }, { username: pattern }, { fullName: pattern }] });
  }
  if (filter.status) clauses.push({ status: filter.status });
  if (filter.role) clauses.push({ role: filter.role });
  if (filter.createdFrom) clauses.push({ createdAt: { $gte: filter.createdFrom } });
  if (filter.createdBefore) clauses.push({ createdAt: { $lt: filter.createdBefore } });
  return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
