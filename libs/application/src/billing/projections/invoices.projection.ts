import { InvoiceIssued, InvoiceLine } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** One issued invoice (a record: no payment processor is connected, nothing is charged). */
export interface InvoiceDocument extends ProjectedDocument {
  invoiceId: string;
  number: string;
  userId: string;
  subscriptionId: string;
  reason: InvoiceIssued['data']['reason'];
  lines: InvoiceLine[];
  totalCents: number;
  currency: string;
  issuedAt: string;
  /** Orders invoices issued within the same millisecond. */
  issuedPosition: string;
}

export const INVOICES_COLLECTION = 'billing_invoices';

export const invoicesProjection: Projection<InvoiceDocument> = {
  name: 'billing-invoices',
  collection: INVOICES_COLLECTION,
  eventTypes: ['InvoiceIssued'],
  indexes: [{ keys: { userId: 1, issuedAt: -1 } }],
  documentIds: (event) => [(event.data as { invoiceId: string }).invoiceId],
  evolve(_doc, recorded) {
    const d = (recorded as unknown as InvoiceIssued).data;
    return {
      _id: d.invoiceId,
      invoiceId: d.invoiceId,
      number: d.number,
      userId: d.userId,
      subscriptionId: d.subscriptionId,
      reason: d.reason,
      lines: [...d.lines],
      totalCents: d.totalCents,
      currency: d.currency,
      issuedAt: d.issuedAt,
      issuedPosition: recorded.position,
    };
  },
};
