import { Query } from '@nestjs/cqrs';
import { InvoiceDocument } from '../projections/invoices.projection';

/** The caller's invoices, one page at a time; `issuedFrom`/`issuedBefore` bound the issue time (ISO). */
export class ListInvoicesQuery extends Query<{ items: InvoiceDocument[]; total: number }> {
  constructor(
    readonly userId: string,
    readonly sortOrder: 'asc' | 'desc',
    readonly skip: number,
    readonly limit: number,
    readonly issuedFrom?: string,
    readonly issuedBefore?: string,
  ) {
    super();
  }
}
