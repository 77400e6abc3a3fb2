import { BillingCycle, SubscriptionEvent } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** The user's latest subscription, one document per user (`_id` = user id). */
export interface SubscriptionDocument extends ProjectedDocument {
  userId: string;
  subscriptionId: string;
  planId: string;
  cycle: BillingCycle;
  status: 'active' | 'cancelled';
  /** The period as last recorded; the query rolls it forward to the one containing now. */
  periodStart: string;
  periodEnd: string;
  startedAt: string;
  cancelledAt: string | null;
  cancellationReason: string | null;
  /** Set once cancelled: the plan's limits hold until then. */
  accessUntil: string | null;
  updatedAt: string;
}

export const SUBSCRIPTIONS_COLLECTION = 'billing_subscriptions';

const TYPES = ['SubscriptionStarted', 'SubscriptionPlanChanged', 'SubscriptionCancelled'] as const satisfies readonly SubscriptionEvent['type'][];
type ProjectedEvent = Extract<SubscriptionEvent, { type: (typeof TYPES)[number] }>;

export const subscriptionsProjection: Projection<SubscriptionDocument> = {
  name: 'billing-subscriptions',
  collection: SUBSCRIPTIONS_COLLECTION,
  eventTypes: TYPES,
  indexes: [{ keys: { planId: 1 } }],
  documentIds: (event) => [(event.data as { userId: string }).userId],
  evolve(doc, recorded) {
    const event = recorded as unknown as ProjectedEvent;
    switch (event.type) {
      case 'SubscriptionStarted': {
        const d = event.data;
        return {
          _id: d.userId,
          userId: d.userId,
          subscriptionId: d.subscriptionId,
          planId: d.planId,
          cycle: d.cycle,
          status: 'active',
          periodStart: d.periodStart,
          periodEnd: d.periodEnd,
          startedAt: d.startedAt,
          cancelledAt: null,
          cancellationReason: null,
          accessUntil: null,
          updatedAt: d.startedAt,
        };
      }
      case 'SubscriptionPlanChanged': {
        if (!doc) return doc;
        const d = event.data;
        return { ...doc, planId: d.toPlanId, cycle: d.toCycle, periodStart: d.periodStart, periodEnd: d.periodEnd, updatedAt: d.changedAt };
      }
      case 'SubscriptionCancelled': {
        if (!doc) return doc;
        const d = event.data;
        return { ...doc, status: 'cancelled', cancelledAt: d.cancelledAt, cancellationReason: d.reason, accessUntil: d.accessUntil, updatedAt: d.cancelledAt };
      }
      default:
        return doc;
    }
  },
};
