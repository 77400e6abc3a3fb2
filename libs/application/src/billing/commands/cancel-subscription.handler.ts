import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { subscriptionDecider, subscriptionStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { CancelSubscriptionCommand } from './cancel-subscription.command';

@CommandHandler(CancelSubscriptionCommand)
export class CancelSubscriptionHandler implements ICommandHandler<CancelSubscriptionCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: CancelSubscriptionCommand): Promise<void> {
    await this.store.execute(subscriptionStreamId(c.owner.id), subscriptionDecider, {
      type: 'CancelSubscription',
      data: { reason: c.reason },
      metadata: this.store.commandMetadata(),
    });
  }
}
