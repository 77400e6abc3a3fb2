import { BillingCycle, BillingPeriod, BillingPlan, currentPeriod, findPlan, FREE_PLAN_ID } from '@candor/domain';
import { SubscriptionDocument } from '../projections/subscriptions.projection';

/** What a user's subscription means at `now`: the plan whose limits apply and the period usage is counted in. */
export interface EffectiveSubscription {
  /** `expired`: cancelled and past the paid period; `none`: never subscribed. Both fall back to the free plan. */
  readonly status: 'none' | 'active' | 'cancelled' | 'expired';
  readonly plan: BillingPlan;
  readonly cycle: BillingCycle;
  readonly period: BillingPeriod;
  readonly renews: boolean;
  readonly doc: SubscriptionDocument | null;
}

export function effectiveSubscription(doc: SubscriptionDocument | null, now: string): EffectiveSubscription {
  const free = findPlan(FREE_PLAN_ID)!;
  if (!doc) return { status: 'none', plan: free, cycle: 'monthly', period: calendarMonth(now), renews: false, doc };
  const recorded = { start: doc.periodStart, end: doc.periodEnd };
  if (doc.status === 'active') {
    return { status: 'active', plan: findPlan(doc.planId) ?? free, cycle: doc.cycle, period: currentPeriod(recorded, doc.cycle, now), renews: true, doc };
  }
  if (doc.accessUntil && now < doc.accessUntil) {
    const period = currentPeriod(recorded, doc.cycle, doc.cancelledAt ?? now);
    return { status: 'cancelled', plan: findPlan(doc.planId) ?? free, cycle: doc.cycle, period, renews: false, doc };
  }
  return { status: 'expired', plan: free, cycle: 'monthly', period: calendarMonth(now), renews: false, doc };
}

/** Without a paid period, usage is counted per calendar month (UTC). */
function calendarMonth(now: string): BillingPeriod {
  const d = new Date(now);
  return {
    start: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString(),
    end: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString(),
  };
}
