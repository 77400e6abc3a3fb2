import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INVOICES_COLLECTION, InvoiceDocument } from '../projections/invoices.projection';
import { ListInvoicesQuery } from './list-invoices.query';

@QueryHandler(ListInvoicesQuery)
export class ListInvoicesHandler implements IQueryHandler<ListInvoicesQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: ListInvoicesQuery): Promise<{ items: InvoiceDocument[]; total: number }> {
    const issuedAt: Record<string, string> = {};
    if (q.issuedFrom) issuedAt.$gte = q.issuedFrom;
    if (q.issuedBefore) issuedAt.$lt = q.issuedBefore;
    const filter: Filter = Object.keys(issuedAt).length ? { userId: q.userId, issuedAt } : { userId: q.userId };
    const order = q.sortOrder === 'asc' ? 1 : -1;
    const collection = this.store.collection<InvoiceDocument>(INVOICES_COLLECTION);
    const [items, total] = await Promise.all([
      collection.find(filter, { sort: { issuedAt: order, issuedPosition: order }, skip: q.skip, limit: q.limit }),
      collection.count(filter),
    ]);
    return { items, total };
  }
}
