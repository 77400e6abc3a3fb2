import { randomBytes, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { apiKeyDecider, apiKeysStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { hashApiKeySecret } from '../api-key.authenticator';
import { IDENTITY_SETTINGS, IdentitySettings } from '../identity-settings';
import { CreateApiKeyCommand } from './create-api-key.command';

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async execute(c: CreateApiKeyCommand): Promise<{ keyId: string; secret: string }> {
    const keyId = randomUUID();
    const secret = `sk_${randomBytes(24).toString('base64url')}`;
    await this.store.execute(apiKeysStreamId(c.owner.id), apiKeyDecider, {
      type: 'CreateApiKey',
      data: {
        keyId,
        userId: c.owner.id,
        name: c.name,
        publicKey: `pk_${randomBytes(16).toString('hex')}`,
        secretHash: hashApiKeySecret(secret),
        maxActive: this.settings.apiKeysMaxActive,
      },
      metadata: this.store.commandMetadata(),
    });
    return { keyId, secret };
  }
}
