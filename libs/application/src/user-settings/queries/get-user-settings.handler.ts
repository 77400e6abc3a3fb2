import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { userSettingsDecider, UserSettingsState, userSettingsStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { GetUserSettingsQuery } from './get-user-settings.query';

@QueryHandler(GetUserSettingsQuery)
export class GetUserSettingsHandler implements IQueryHandler<GetUserSettingsQuery> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute({ user }: GetUserSettingsQuery): Promise<UserSettingsState> {
    return (await this.store.load(userSettingsStreamId(user.id), userSettingsDecider)).state;
  }
}
