import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAdmin } from '../../identity/authenticated-user';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { containsText } from '../../projections/contains-text';
import { JOBS_COLLECTION, JobDocument } from '../projections/jobs.projection';
import { ListJobsQuery } from './list-jobs.query';

@QueryHandler(ListJobsQuery)
export class ListJobsHandler implements IQueryHandler<ListJobsQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListJobsQuery): Promise<{ items: JobDocument[]; total: number }> {
    const filter = toFilter(q);
    const collection = this.store.collection<JobDocument>(JOBS_COLLECTION);
    const [items, total] = await Promise.all([
      collection.find(filter, { sort: { createdAt: -1, createdPosition: -1 }, skip: q.skip, limit: q.limit }),
      collection.count(filter),
    ]);
    return { items, total };
  }
}

function toFilter({ viewer, filter }: ListJobsQuery): Filter {
  const clauses: Filter[] = [];
  if (!isAdmin(viewer)) clauses.push({ ownerId: viewer.id });
  if (filter.isActive !== undefined) clauses.push({ isActive: filter.isActive });
  if (filter.experienceLevel) clauses.push({ experienceLevel: filter.experienceLevel });
  if (filter.jobType) clauses.push({ jobType: filter.jobType });
  if (filter.skill) clauses.push({ requiredSkillKeys: filter.skill.trim().toLowerCase() });
  if (filter.search?.trim()) clauses.push({ searchText: containsText(filter.search) });
  return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses };
}
