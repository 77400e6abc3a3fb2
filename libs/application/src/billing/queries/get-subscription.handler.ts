import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { SUBSCRIPTIONS_COLLECTION, SubscriptionDocument } from '../projections/subscriptions.projection';
import { EffectiveSubscription, effectiveSubscription } from './effective-subscription';
import { GetSubscriptionQuery } from './get-subscription.query';

@QueryHandler(GetSubscriptionQuery)
export class GetSubscriptionHandler implements IQueryHandler<GetSubscriptionQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetSubscriptionQuery): Promise<EffectiveSubscription> {
    const doc = await this.store.collection<SubscriptionDocument>(SUBSCRIPTIONS_COLLECTION).findOne({ _id: q.userId });
    return effectiveSubscription(doc, q.now);
  }
}
