import { Command } from '@nestjs/cqrs';
import { SettingValue, UserSettingsSection, UserSettingsState } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Changes some keys of one settings section (profile, preferences, notifications, security). */
export class ChangeUserSettingsCommand extends Command<UserSettingsState> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly section: UserSettingsSection,
    readonly changes: Record<string, SettingValue | undefined>,
  ) {
    super();
  }
}
