import { randomBytes, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { webhookDecider, webhookStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { WEBHOOK_OPTIONS, WebhookOptions } from '../delivery/webhook-delivery.job';
import { WebhookSecretSealer } from '../webhook-secret-sealer';
import { CreateWebhookCommand } from './create-webhook.command';

@CommandHandler(CreateWebhookCommand)
export class CreateWebhookHandler implements ICommandHandler<CreateWebhookCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
    private readonly secrets: WebhookSecretSealer,
  ) {}

  /** The secret goes into the log only sealed; the answer carries it in clear, this once. */
  async execute(c: CreateWebhookCommand): Promise<{ webhookId: string; secret: string }> {
    const webhookId = randomUUID();
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const sealedSecret = await this.secrets.seal(webhookId, secret);
    try {
      await this.store.execute(
        webhookStreamId(webhookId),
        webhookDecider,
        {
          type: 'CreateWebhook',
          metadata: this.store.commandMetadata(),
          data: { webhookId, ownerId: c.owner.id, url: c.url, events: c.events, description: c.description, sealedSecret, destinations: this.options.destinations },
        },
        { retries: 0 },
      );
    } catch (error) {
      // Refused (e.g. a bad URL): the key made for it goes too, so a refusal leaves nothing behind.
      await this.secrets.destroy(webhookId);
      throw error;
    }
    return { webhookId, secret };
  }
}
