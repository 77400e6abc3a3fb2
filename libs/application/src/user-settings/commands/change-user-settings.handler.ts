import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { userSettingsDecider, UserSettingsState, userSettingsStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { ChangeUserSettingsCommand } from './change-user-settings.command';

@CommandHandler(ChangeUserSettingsCommand)
export class ChangeUserSettingsHandler implements ICommandHandler<ChangeUserSettingsCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute({ user, section, changes }: ChangeUserSettingsCommand): Promise<UserSettingsState> {
    const { state } = await this.store.execute(userSettingsStreamId(user.id), userSettingsDecider, {
      type: 'ChangeUserSettings',
      metadata: this.store.commandMetadata(),
      data: { userId: user.id, section, changes },
    });
    return state;
  }
}
