import { fold } from '../shared/decider';
import { UserSettingsCommand, userSettingsDecider } from './user-settings.decider';
import { UserSettingsEvent } from './user-settings.events';

const NOW = '2026-01-15T14:00:00.000Z';
const change = (section: 'preferences' | 'security', changes: Record<string, unknown>) =>
  ({ type: 'ChangeUserSettings', data: { userId: 'u1', section, changes }, metadata: { now: NOW } }) as UserSettingsCommand;
const changed = (section: 'preferences' | 'security', changes: Record<string, unknown>) =>
  ({ type: 'UserSettingsChanged', data: { userId: 'u1', section, changes, changedAt: NOW } }) as UserSettingsEvent;
const decide = (events: UserSettingsEvent[], command: UserSettingsCommand) => userSettingsDecider.decide(command, fold(userSettingsDecider, events));

describe('user settings decider', () => {
  it('records the changed keys of one section; unchanged and undefined keys are left out', () => {
    const given = [changed('preferences', { theme: 'dark', language: 'en' })];
    expect(decide(given, change('preferences', { theme: 'dark', language: 'de', timezone: undefined }))).toEqual([changed('preferences', { language: 'de' })]);
    expect(decide(given, change('preferences', { theme: 'dark' }))).toEqual([]);
  });

  it('keeps sections apart and folds the latest values', () => {
    const state = fold(userSettingsDecider, [changed('preferences', { theme: 'dark' }), changed('security', { login_alerts: true }), changed('preferences', { theme: 'light' })]);
    expect(state.sections.preferences).toEqual({ theme: 'light' });
    expect(state.sections.security).toEqual({ login_alerts: true });
    expect(state.updatedAt).toBe(NOW);
  });

  it('replaces the avatar', () => {
    const avatar = { storageKey: 'avatars/u1/a', contentType: 'image/png', sizeBytes: 10, sha256: 'ab', width: 1, height: 1 };
    const events = decide([], { type: 'SetUserAvatar', data: { userId: 'u1', avatar }, metadata: { now: NOW } });
    expect(events).toEqual([{ type: 'UserAvatarUploaded', data: { ...avatar, userId: 'u1', uploadedAt: NOW } }]);
    expect(fold(userSettingsDecider, events).avatar).toEqual({ ...avatar, uploadedAt: NOW });
  });
});
