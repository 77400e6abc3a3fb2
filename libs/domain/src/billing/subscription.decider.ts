import { assertNever, Decider } from '../shared/decider';
import { BillingCycle, BillingPlan, findPlan, periodEnd, planPriceCents } from './billing-plans';
import { SubscriptionCommand } from './subscription.commands';
import { BillingErrors } from './subscription.errors';
import { InvoiceIssued, InvoiceLine, SubscriptionEvent } from './subscription.events';

export interface SubscriptionState {
  readonly status: 'none' | 'active' | 'cancelled';
  readonly subscriptionId: string | null;
  readonly userId: string | null;
  readonly planId: string | null;
  readonly cycle: BillingCycle;
  /** The period as last recorded; periods renew silently, see currentPeriod. */
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly invoiceCount: number;
}

export interface BillingPeriod {
  readonly start: string;
  readonly end: string;
}

/** The period containing `now`: an active subscription renews at each period end (no renewal invoice is issued). */
export function currentPeriod(recorded: BillingPeriod, cycle: BillingCycle, now: string): BillingPeriod {
  let { start, end } = recorded;
  while (end <= now) {
    start = end;
    end = periodEnd(start, cycle);
  }
  return { start, end };
}

/** Share of the period still ahead at `now`, in [0, 1]. */
export function remainingFraction(period: BillingPeriod, now: string): number {
  const total = Date.parse(period.end) - Date.parse(period.start);
  const left = Date.parse(period.end) - Date.parse(now);
  return total <= 0 ? 0 : Math.min(1, Math.max(0, left / total));
}

function plan(planId: string): BillingPlan {
  const found = findPlan(planId);
  if (!found) throw BillingErrors.unknownPlan(planId);
  return found;
}

function invoiceNumber(state: SubscriptionState, userId: string): string {
  return `INV-${userId.replace(/-/g, '').slice(0, 8).toUpperCase()}-${String(state.invoiceCount + 1).padStart(4, '0')}`;
}

function cycleLabel(cycle: BillingCycle): string {
  return cycle === 'yearly' ? 'yearly' : 'monthly';
}

export function decideSubscription(command: SubscriptionCommand, state: SubscriptionState): SubscriptionEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'Subscribe': {
      const d = command.data;
      const chosen = plan(d.planId);
      if (state.status === 'active') throw BillingErrors.alreadySubscribed(state.planId ?? d.planId);
      const end = periodEnd(now, d.cycle);
      const lines: InvoiceLine[] = [
        {
          description: `${chosen.name} plan (${cycleLabel(d.cycle)})`,
          amountCents: planPriceCents(chosen, d.cycle),
          planId: chosen.id,
          periodStart: now,
          periodEnd: end,
        },
      ];
      return [
        {
          type: 'SubscriptionStarted',
          data: { subscriptionId: d.subscriptionId, userId: d.userId, planId: chosen.id, cycle: d.cycle, periodStart: now, periodEnd: end, startedAt: now },
        },
        invoice(state, d.userId, d.subscriptionId, d.invoiceId, 'subscription_created', lines, chosen.currency, now),
      ];
    }
    case 'ChangePlan': {
      if (state.status === 'none') throw BillingErrors.noSubscription();
      if (state.status === 'cancelled') throw BillingErrors.cancelled();
      const d = command.data;
      const from = plan(state.planId!);
      const to = plan(d.planId);
      const toCycle = d.cycle ?? state.cycle;
      if (to.id === from.id && toCycle === state.cycle) return [];
      const period = currentPeriod({ start: state.periodStart!, end: state.periodEnd! }, state.cycle, now);
      const unused = remainingFraction(period, now);
      const credit = Math.round(planPriceCents(from, state.cycle) * unused);
      // Same cycle: the new plan is charged for what is left of this period. New cycle: a new period starts now.
      const sameCycle = toCycle === state.cycle;
      const next: BillingPeriod = sameCycle ? period : { start: now, end: periodEnd(now, toCycle) };
      const charge = sameCycle ? Math.round(planPriceCents(to, toCycle) * unused) : planPriceCents(to, toCycle);
      const lines: InvoiceLine[] = [
        {
          description: `Unused time on ${from.name} (${cycleLabel(state.cycle)}), ${percent(unused)} of the period`,
          amountCents: -credit,
          planId: from.id,
          periodStart: now,
          periodEnd: period.end,
        },
        {
          description: sameCycle
            ? `${to.name} (${cycleLabel(toCycle)}) for the rest of the period, ${percent(unused)}`
            : `${to.name} plan (${cycleLabel(toCycle)})`,
          amountCents: charge,
          planId: to.id,
          periodStart: now,
          periodEnd: next.end,
        },
      ];
      return [
        {
          type: 'SubscriptionPlanChanged',
          data: {
            subscriptionId: state.subscriptionId!,
            userId: state.userId!,
            fromPlanId: from.id,
            toPlanId: to.id,
            fromCycle: state.cycle,
            toCycle,
            periodStart: next.start,
            periodEnd: next.end,
            changedAt: now,
          },
        },
        invoice(state, state.userId!, state.subscriptionId!, d.invoiceId, 'plan_changed', lines, to.currency, now),
      ];
    }
    case 'CancelSubscription': {
      if (state.status === 'none') throw BillingErrors.noSubscription();
      if (state.status === 'cancelled') throw BillingErrors.cancelled();
      const period = currentPeriod({ start: state.periodStart!, end: state.periodEnd! }, state.cycle, now);
      return [
        {
          type: 'SubscriptionCancelled',
          data: {
            subscriptionId: state.subscriptionId!,
            userId: state.userId!,
            planId: state.planId!,
            reason: command.data.reason?.trim() || null,
            cancelledAt: now,
            accessUntil: period.end,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function invoice(
  state: SubscriptionState,
  userId: string,
  subscriptionId: string,
  invoiceId: string,
  reason: InvoiceIssued['data']['reason'],
  lines: InvoiceLine[],
  currency: string,
  now: string,
): InvoiceIssued {
  return {
    type: 'InvoiceIssued',
    data: {
      invoiceId,
      number: invoiceNumber(state, userId),
      subscriptionId,
      userId,
      reason,
      lines,
      totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
      currency,
      issuedAt: now,
    },
  };
}

export function evolveSubscription(state: SubscriptionState, event: SubscriptionEvent): SubscriptionState {
  switch (event.type) {
    case 'SubscriptionStarted': {
      const d = event.data;
      return { ...state, status: 'active', subscriptionId: d.subscriptionId, userId: d.userId, planId: d.planId, cycle: d.cycle, periodStart: d.periodStart, periodEnd: d.periodEnd };
    }
    case 'SubscriptionPlanChanged':
      return { ...state, planId: event.data.toPlanId, cycle: event.data.toCycle, periodStart: event.data.periodStart, periodEnd: event.data.periodEnd };
    case 'SubscriptionCancelled':
      return { ...state, status: 'cancelled' };
    case 'InvoiceIssued':
      return { ...state, invoiceCount: state.invoiceCount + 1 };
    default:
      return assertNever(event);
  }
}

export const subscriptionDecider: Decider<SubscriptionState, SubscriptionCommand, SubscriptionEvent> = {
  initialState: () => ({
    status: 'none',
    subscriptionId: null,
    userId: null,
    planId: null,
    cycle: 'monthly',
    periodStart: null,
    periodEnd: null,
    invoiceCount: 0,
  }),
  decide: decideSubscription,
  evolve: evolveSubscription,
};
