import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAdmin } from '../../identity/authenticated-user';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { containsText } from '../../projections/contains-text';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../projections/candidates.projection';
import { ListCandidatesQuery } from './list-candidates.query';

@QueryHandler(ListCandidatesQuery)
export class ListCandidatesHandler implements IQueryHandler<ListCandidatesQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListCandidatesQuery): Promise<{ items: CandidateDocument[]; total: number }> {
    const filter = toFilter(q);
    const collection = this.store.collection<CandidateDocument>(CANDIDATES_COLLECTION);
    const [items, total] = await Promise.all([
      collection.find(filter, { sort: { createdAt: -1, createdPosition: -1 }, skip: q.skip, limit: q.limit }),
      collection.count(filter),
    ]);
    return { items, total };
  }
}

function toFilter({ viewer, filter }: ListCandidatesQuery): Filter {
  const clauses: Filter[] = [];
  if (!isAdmin(viewer)) clauses.push({ ownerId: viewer.id });
  if (filter.parsingStatus) clauses.push({ parsingStatus: filter.parsingStatus });
  if (filter.skill) clauses.push({ technicalSkillKeys: filter.skill.trim().toLowerCase() });
  if (filter.search?.trim()) clauses.push({ searchText: containsText(filter.search) });
  return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses };
}
