import { randomBytes, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { webhookDecider, webhookStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { CreateWebhookCommand } from './create-webhook.command';

@CommandHandler(CreateWebhookCommand)
export class CreateWebhookHandler implements ICommandHandler<CreateWebhookCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: CreateWebhookCommand): Promise<{ webhookId: string; secret: string }> {
    const webhookId = randomUUID();
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    await this.store.execute(
      webhookStreamId(webhookId),
      webhookDecider,
      { type: 'CreateWebhook', metadata: this.store.commandMetadata(), data: { webhookId, ownerId: c.owner.id, url: c.url, events: c.events, description: c.description, secret } },
      { retries: 0 },
    );
    return { webhookId, secret };
  }
}
