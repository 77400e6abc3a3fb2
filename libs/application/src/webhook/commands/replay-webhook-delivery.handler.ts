import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { webhookDecider, WebhookErrors, webhookStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { assertMayUseWebhook, assertWebhookId } from '../webhook-access';
import { ReplayWebhookDeliveryCommand } from './replay-webhook-delivery.command';

@CommandHandler(ReplayWebhookDeliveryCommand)
export class ReplayWebhookDeliveryHandler implements ICommandHandler<ReplayWebhookDeliveryCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: ReplayWebhookDeliveryCommand): Promise<{ deliveryId: string }> {
    assertWebhookId(c.webhookId);
    const deliveryId = randomUUID();
    await this.store.execute(
      webhookStreamId(c.webhookId),
      webhookDecider,
      { type: 'ReplayWebhookDelivery', metadata: this.store.commandMetadata(), data: { deliveryId, replayOf: c.deliveryId } },
      {
        guard: (state) => {
          if (!state.exists || state.deleted) throw WebhookErrors.notFound();
          assertMayUseWebhook(state.ownerId, c.actor);
        },
      },
    );
    return { deliveryId };
  }
}
