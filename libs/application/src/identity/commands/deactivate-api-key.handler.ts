import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { apiKeyDecider, apiKeysStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { DeactivateApiKeyCommand } from './deactivate-api-key.command';

@CommandHandler(DeactivateApiKeyCommand)
export class DeactivateApiKeyHandler implements ICommandHandler<DeactivateApiKeyCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: DeactivateApiKeyCommand): Promise<void> {
    await this.store.execute(apiKeysStreamId(c.owner.id), apiKeyDecider, {
      type: 'DeactivateApiKey',
      data: { keyId: c.keyId },
      metadata: this.store.commandMetadata(),
    });
  }
}
