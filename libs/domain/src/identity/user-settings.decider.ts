import { assertNever, Decider } from '../shared/decider';
import { CommandMetadata } from '../shared/event';
import { SettingValue, UserAvatar, UserSettingsEvent, UserSettingsSection } from './user-settings.events';

export type ChangeUserSettings = {
  readonly type: 'ChangeUserSettings';
  readonly metadata: CommandMetadata;
  readonly data: { userId: string; section: UserSettingsSection; changes: Record<string, SettingValue | undefined> };
};
export type SetUserAvatar = { readonly type: 'SetUserAvatar'; readonly metadata: CommandMetadata; readonly data: { userId: string; avatar: UserAvatar } };
export type UserSettingsCommand = ChangeUserSettings | SetUserAvatar;

export interface UserSettingsState {
  readonly sections: Readonly<Record<UserSettingsSection, Readonly<Record<string, SettingValue>>>>;
  readonly avatar: (UserAvatar & { readonly uploadedAt: string }) | null;
  readonly updatedAt: string | null;
}

export function decideUserSettings(command: UserSettingsCommand, state: UserSettingsState): UserSettingsEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'ChangeUserSettings': {
      const current = state.sections[command.data.section];
      const changes = Object.fromEntries(
        Object.entries(command.data.changes).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(current[k] ?? null)),
      ) as Record<string, SettingValue>;
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'UserSettingsChanged', data: { userId: command.data.userId, section: command.data.section, changes, changedAt: now } }];
    }
    case 'SetUserAvatar':
      return [{ type: 'UserAvatarUploaded', data: { ...command.data.avatar, userId: command.data.userId, uploadedAt: now } }];
    default:
      return assertNever(command);
  }
}

export function evolveUserSettings(state: UserSettingsState, event: UserSettingsEvent): UserSettingsState {
  switch (event.type) {
    case 'UserSettingsChanged':
      return {
        ...state,
        sections: { ...state.sections, [event.data.section]: { ...state.sections[event.data.section], ...event.data.changes } },
        updatedAt: event.data.changedAt,
      };
    case 'UserAvatarUploaded': {
      const { userId: _userId, ...avatar } = event.data;
      return { ...state, avatar, updatedAt: event.data.uploadedAt };
    }
    default:
      return assertNever(event);
  }
}

export const userSettingsDecider: Decider<UserSettingsState, UserSettingsCommand, UserSettingsEvent> = {
  initialState: () => ({ sections: { profile: {}, preferences: {}, notifications: {}, security: {} }, avatar: null, updatedAt: null }),
  decide: decideUserSettings,
  evolve: evolveUserSettings,
};
