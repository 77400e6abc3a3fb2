import { Query } from '@nestjs/cqrs';
import { EffectiveSubscription } from './effective-subscription';

/** The caller's subscription as it stands at `now` (the free plan when there is none). */
export class GetSubscriptionQuery extends Query<EffectiveSubscription> {
  constructor(
    readonly userId: string,
    readonly now: string,
  ) {
    super();
  }
}
