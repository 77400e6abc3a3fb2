import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SubmitIdentityDocument, verificationDecider, verificationStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { STORAGE, Storage } from '../../ports/storage.port';
import { SubmitIdentityDocumentCommand } from './submit-identity-document.command';
import { storeVerificationImage } from './verification-upload';

@CommandHandler(SubmitIdentityDocumentCommand)
export class SubmitIdentityDocumentHandler implements ICommandHandler<SubmitIdentityDocumentCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute(command: SubmitIdentityDocumentCommand): Promise<{ verificationId: string }> {
    const verificationId = randomUUID();
    const document = await storeVerificationImage(this.storage, `verifications/${verificationId}/document`, command.upload);
    const submit: SubmitIdentityDocument = {
      type: 'SubmitIdentityDocument',
      metadata: this.store.commandMetadata(),
      data: {
        verificationId,
        userId: command.user.id,
        accountName: command.user.fullName || null,
        declaredName: command.declaredName,
        documentType: command.documentType,
        document,
      },
    };
    try {
      await this.store.execute(verificationStreamId(verificationId), verificationDecider, submit, { retries: 0 });
    } catch (error) {
      await this.storage.delete(document.storageKey).catch(() => undefined);
      throw error;
    }
    return { verificationId };
  }
}
