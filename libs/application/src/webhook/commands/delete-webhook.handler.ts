import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { webhookDecider, WebhookErrors, webhookStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { assertMayUseWebhook, assertWebhookId } from '../webhook-access';
import { WebhookSecretSealer } from '../webhook-secret-sealer';
import { DeleteWebhookCommand } from './delete-webhook.command';

@CommandHandler(DeleteWebhookCommand)
export class DeleteWebhookHandler implements ICommandHandler<DeleteWebhookCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    private readonly secrets: WebhookSecretSealer,
  ) {}

  async execute(c: DeleteWebhookCommand): Promise<void> {
    assertWebhookId(c.webhookId);
    await this.store.execute(webhookStreamId(c.webhookId), webhookDecider, { type: 'DeleteWebhook', metadata: this.store.commandMetadata(), data: {} }, {
      guard: (state) => {
        if (!state.exists || state.deleted) throw WebhookErrors.notFound();
        assertMayUseWebhook(state.ownerId, c.actor);
      },
    });
    // Nothing is sent once deleted: its signing secret's key is destroyed, so the sealed secret is unreadable.
    await this.secrets.destroy(c.webhookId);
  }
}
