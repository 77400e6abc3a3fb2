import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { userSettingsDecider, userSettingsStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { STORAGE, Storage } from '../../ports/storage.port';
import { OpenAvatarQuery } from './open-avatar.query';

@QueryHandler(OpenAvatarQuery)
export class OpenAvatarHandler implements IQueryHandler<OpenAvatarQuery> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute({ user }: OpenAvatarQuery) {
    const avatar = (await this.store.load(userSettingsStreamId(user.id), userSettingsDecider)).state.avatar;
    const opened = avatar ? await this.storage.get(avatar.storageKey) : null;
    return avatar && opened ? { stream: opened.stream, contentType: avatar.contentType, size: opened.object.size } : null;
  }
}
