import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { subscriptionDecider, subscriptionStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { SubscribeCommand } from './subscribe.command';

@CommandHandler(SubscribeCommand)
export class SubscribeHandler implements ICommandHandler<SubscribeCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: SubscribeCommand): Promise<void> {
    await this.store.execute(subscriptionStreamId(c.owner.id), subscriptionDecider, {
      type: 'Subscribe',
      data: { userId: c.owner.id, planId: c.planId, cycle: c.cycle, subscriptionId: randomUUID(), invoiceId: randomUUID() },
      metadata: this.store.commandMetadata(),
    });
  }
}
