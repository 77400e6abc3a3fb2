import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAdmin } from '../../identity/authenticated-user';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../projections/interviews.projection';
import { ListInterviewsQuery } from './list-interviews.query';

@QueryHandler(ListInterviewsQuery)
export class ListInterviewsHandler implements IQueryHandler<ListInterviewsQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListInterviewsQuery): Promise<{ items: InterviewDocument[]; total: number }> {
    const filter = toFilter(q);
    const collection = this.store.collection<InterviewDocument>(INTERVIEWS_COLLECTION);
    const [items, total] = await Promise.all([
      q.limit > 0 ? collection.find(filter, { sort: toSort(q), skip: q.skip, limit: q.limit }) : Promise.resolve([]),
      collection.count(filter),
    ]);
    return { items, total };
  }
}

function toFilter({ viewer, filter }: ListInterviewsQuery): Filter {
  const clauses: Filter[] = [];
  // Superusers administer every interview; auditors read every one (each read is recorded at the edge).
  if (!isAdmin(viewer) && viewer.role !== 'auditor') {
    clauses.push(
      filter.scope === 'owned' || !viewer.emailVerified
        ? { ownerId: viewer.id }
        : { $or: [{ ownerId: viewer.id }, { candidateEmailKey: viewer.email.toLowerCase() }] },
    );
  }
  if (filter.status) clauses.push({ status: filter.status });
  if (filter.candidateEmail) clauses.push({ candidateEmailKey: filter.candidateEmail.toLowerCase() });
  if (filter.jobId) clauses.push({ jobId: filter.jobId });
  if (filter.candidateId) clauses.push({ candidateId: filter.candidateId });
  if (filter.createdFrom) clauses.push({ createdAt: { $gte: filter.createdFrom } });
  if (filter.createdTo) clauses.push({ createdAt: { $lte: filter.createdTo } });
  if (filter.search) {
    const pattern = { $regex: filter.search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' };
    clauses.push({ $or: [{ title: pattern }, { candidateName: pattern }, { candidateEmail: pattern }, { position: pattern }] });
  }
  return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses };
}

function toSort({ filter }: ListInterviewsQuery): Record<string, 1 | -1> {
  const direction = filter.sortOrder === 'asc' ? 1 : -1;
  if (!filter.sortBy || filter.sortBy === 'createdAt') return { createdAt: direction, createdPosition: direction };
  return { [filter.sortBy]: direction, createdPosition: direction };
}
