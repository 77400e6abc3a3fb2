import { DomainEvent } from '../shared/event';
import { BillingCycle } from './billing-plans';

/** One user's subscription lives on one stream (`subscription-<userId>`), invoices included. */
export type SubscriptionStarted = DomainEvent<
  'SubscriptionStarted',
  {
    readonly subscriptionId: string;
    readonly userId: string;
    readonly planId: string;
    readonly cycle: BillingCycle;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly startedAt: string;
  }
>;

export type SubscriptionPlanChanged = DomainEvent<
  'SubscriptionPlanChanged',
  {
    readonly subscriptionId: string;
    readonly userId: string;
    readonly fromPlanId: string;
    readonly toPlanId: string;
    readonly fromCycle: BillingCycle;
    readonly toCycle: BillingCycle;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly changedAt: string;
  }
>;

/** Cancelling stops renewal; the plan's limits hold until `accessUntil` (the end of the paid period). */
export type SubscriptionCancelled = DomainEvent<
  'SubscriptionCancelled',
  {
    readonly subscriptionId: string;
    readonly userId: string;
    readonly planId: string;
    readonly reason: string | null;
    readonly cancelledAt: string;
    readonly accessUntil: string;
  }
>;

export interface InvoiceLine {
  readonly description: string;
  /** Negative for a credit (the unused part of the previous plan). */
  readonly amountCents: number;
  readonly planId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
}

/** A billing record, not a charge: no payment processor is connected. */
export type InvoiceIssued = DomainEvent<
  'InvoiceIssued',
  {
    readonly invoiceId: string;
    readonly number: string;
    readonly subscriptionId: string;
    readonly userId: string;
    readonly reason: 'subscription_created' | 'plan_changed';
    readonly lines: readonly InvoiceLine[];
    /** Sum of the lines; negative when the credit exceeds the new charge. */
    readonly totalCents: number;
    readonly currency: string;
    readonly issuedAt: string;
  }
>;

export type SubscriptionEvent = SubscriptionStarted | SubscriptionPlanChanged | SubscriptionCancelled | InvoiceIssued;

export const SUBSCRIPTION_EVENT_TYPES = [
  'SubscriptionStarted',
  'SubscriptionPlanChanged',
  'SubscriptionCancelled',
  'InvoiceIssued',
] as const satisfies readonly SubscriptionEvent['type'][];

export function subscriptionStreamId(userId: string): string {
  return `subscription-${userId}`;
}
