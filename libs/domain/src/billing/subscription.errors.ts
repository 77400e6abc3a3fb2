import { DomainError } from '../shared/domain-error';

export const BillingErrors = {
  unknownPlan: (planId: string) =>
    new DomainError('BILLING.UNKNOWN_PLAN', `Unknown plan '${planId}'`, 'invalid', { field: 'plan_id' }),
  alreadySubscribed: (planId: string) =>
    new DomainError(
      'BILLING.ALREADY_SUBSCRIBED',
      `Already subscribed to the '${planId}' plan; change it with PUT /billing/subscription`,
      'conflict',
    ),
  noSubscription: () => new DomainError('BILLING.NO_SUBSCRIPTION', 'No subscription: subscribe to a plan first', 'not_found'),
  cancelled: () =>
    new DomainError('BILLING.SUBSCRIPTION_CANCELLED', 'The subscription is cancelled; subscribe again to pick a plan', 'conflict'),
};
