import { DomainEvent } from '../shared/event';

/**
 * A user's own settings (S4 `/interviewer/profile*` and `/interviewer/settings/notifications|security`), on their own
 * stream (`user-settings-<user id>`) so they never contend with the account's login and token appends.
 */
export type UserSettingsSection = 'profile' | 'preferences' | 'notifications' | 'security';
export type SettingValue = string | number | boolean | null | readonly string[];

export type UserSettingsChanged = DomainEvent<
  'UserSettingsChanged',
  { readonly userId: string; readonly section: UserSettingsSection; readonly changes: Readonly<Record<string, SettingValue>>; readonly changedAt: string }
>;

export type UserAvatar = {
  readonly storageKey: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly width: number | null;
  readonly height: number | null;
};

export type UserAvatarUploaded = DomainEvent<'UserAvatarUploaded', UserAvatar & { readonly userId: string; readonly uploadedAt: string }>;

export type UserSettingsEvent = UserSettingsChanged | UserAvatarUploaded;

export function userSettingsStreamId(userId: string): string {
  return `user-settings-${userId}`;
}
