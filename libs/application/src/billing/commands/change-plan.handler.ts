import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { subscriptionDecider, subscriptionStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { ChangePlanCommand } from './change-plan.command';

@CommandHandler(ChangePlanCommand)
export class ChangePlanHandler implements ICommandHandler<ChangePlanCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: ChangePlanCommand): Promise<void> {
    await this.store.execute(subscriptionStreamId(c.owner.id), subscriptionDecider, {
      type: 'ChangePlan',
      data: { planId: c.planId, cycle: c.cycle, invoiceId: randomUUID() },
      metadata: this.store.commandMetadata(),
    });
  }
}
