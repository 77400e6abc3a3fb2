import { CommandMetadata } from '../shared/event';
import { BillingCycle } from './billing-plans';

interface BillingCommand<TType extends string, TData> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** New ids (subscription, invoice) come in on the command: the decider makes none. */
export type Subscribe = BillingCommand<
  'Subscribe',
  { readonly userId: string; readonly planId: string; readonly cycle: BillingCycle; readonly subscriptionId: string; readonly invoiceId: string }
>;

/** `cycle` absent keeps the current one. */
export type ChangePlan = BillingCommand<'ChangePlan', { readonly planId: string; readonly cycle?: BillingCycle; readonly invoiceId: string }>;

export type CancelSubscription = BillingCommand<'CancelSubscription', { readonly reason?: string }>;

export type SubscriptionCommand = Subscribe | ChangePlan | CancelSubscription;
