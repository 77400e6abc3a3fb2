import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SubmitFaceImage, VerificationErrors, verificationDecider, verificationStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { STORAGE, Storage } from '../../ports/storage.port';
import { SubmitFaceImageCommand } from './submit-face-image.command';
import { storeVerificationImage } from './verification-upload';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@CommandHandler(SubmitFaceImageCommand)
export class SubmitFaceImageHandler implements ICommandHandler<SubmitFaceImageCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute(command: SubmitFaceImageCommand): Promise<{ verificationId: string }> {
    const named = command.verificationId;
    if (named !== null) {
      // The named verification must exist and be the caller's before anything is stored.
      if (!UUID.test(named)) throw VerificationErrors.notFound();
      const { state } = await this.store.load(verificationStreamId(named), verificationDecider);
      if (!state.exists) throw VerificationErrors.notFound();
      if (state.userId !== command.user.id) throw VerificationErrors.forbidden();
    }
    const verificationId = named ?? randomUUID();
    const face = await storeVerificationImage(this.storage, `verifications/${verificationId}/face-${randomUUID()}`, command.upload);
    const submit: SubmitFaceImage = { type: 'SubmitFaceImage', metadata: this.store.commandMetadata(), data: { verificationId, userId: command.user.id, face } };
    try {
      await this.store.execute(verificationStreamId(verificationId), verificationDecider, submit, {
        retries: 0,
        guard: (state) => {
          if (named !== null && !state.exists) throw VerificationErrors.notFound();
        },
      });
    } catch (error) {
      await this.storage.delete(face.storageKey).catch(() => undefined);
      throw error;
    }
    return { verificationId };
  }
}
