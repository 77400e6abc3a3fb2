import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEW_TEMPLATES_COLLECTION, InterviewTemplateDocument } from '../interview-templates.projection';
import { dateRange, escapeRegex, ownerScope, sortOf } from './list-filters';
import { ListInterviewTemplatesQuery, TEMPLATE_SORT } from './list-interview-templates.query';

@QueryHandler(ListInterviewTemplatesQuery)
export class ListInterviewTemplatesHandler implements IQueryHandler<ListInterviewTemplatesQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ viewer, filter, skip, limit }: ListInterviewTemplatesQuery) {
    const search = filter.search ? new RegExp(escapeRegex(filter.search), 'i') : null;
    const query: Filter = {
      ...ownerScope(viewer, 'ownerId'),
      ...(filter.isActive !== undefined ? { isActive: filter.isActive } : {}),
      ...dateRange('createdAt', filter.dateFrom, filter.dateTo),
      ...(search ? { $or: [{ title: search }, { description: search }, { position: search }, { technologies: search }] } : {}),
    };
    const collection = this.reads.collection<InterviewTemplateDocument>(INTERVIEW_TEMPLATES_COLLECTION);
    const sort = sortOf({ ...filter, sortBy: TEMPLATE_SORT[filter.sortBy] ?? filter.sortBy }, Object.values(TEMPLATE_SORT), 'createdAt');
    const [items, total] = await Promise.all([collection.find(query, { sort, skip, limit }), collection.count(query)]);
    return { items, total };
  }
}
