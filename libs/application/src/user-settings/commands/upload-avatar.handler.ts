import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, userSettingsDecider, UserSettingsState, userSettingsStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { STORAGE, Storage } from '../../ports/storage.port';
import { captureHead } from '../../uploads/head-capture';
import { readImageHeader } from '../../uploads/image-header';
import { AVATAR_MAX_BYTES, UploadAvatarCommand } from './upload-avatar.command';

@CommandHandler(UploadAvatarCommand)
export class UploadAvatarHandler implements ICommandHandler<UploadAvatarCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute({ user, upload }: UploadAvatarCommand): Promise<UserSettingsState> {
    const head = { bytes: Buffer.alloc(0) };
    const stored = await this.storage.put(`avatars/${user.id}/${randomUUID()}`, captureHead(upload.content, head, 256 * 1024), {
      contentType: 'application/octet-stream',
      maxBytes: AVATAR_MAX_BYTES,
    });
    const header = readImageHeader(head.bytes);
    if (!header.type) {
      await this.storage.delete(stored.key).catch(() => undefined);
      throw new DomainError('AVATAR.UNSUPPORTED_TYPE', 'The avatar must be a JPEG or PNG image', 'invalid');
    }
    const previous = (await this.store.load(userSettingsStreamId(user.id), userSettingsDecider)).state.avatar;
    const { state } = await this.store.execute(userSettingsStreamId(user.id), userSettingsDecider, {
      type: 'SetUserAvatar',
      metadata: this.store.commandMetadata(),
      data: {
        userId: user.id,
        avatar: { storageKey: stored.key, contentType: header.type, sizeBytes: stored.size, sha256: stored.sha256, width: header.width, height: header.height },
      },
    });
    if (previous) await this.storage.delete(previous.storageKey).catch(() => undefined);
    return state;
  }
}
