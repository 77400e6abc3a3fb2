import { givenWhenThen } from '@candor/testing';
import { fold } from '../shared/decider';
import { UserSettingsCommand, userSettingsDecider } from './user-settings.decider';
import { UserSettingsEvent } from './user-settings.events';

const NOW = '2026-01-15T14:00:00.000Z';
const change = (section: 'preferences' | 'security', changes: Record<string, unknown>) =>
  ({ type: 'ChangeUserSettings', data: { userId: 'u1', section, changes }, metadata: { now: NOW } }) as UserSettingsCommand;
const changed = (section: 'preferences' | 'security', changes: Record<string, unknown>) =>
  ({ type: 'UserSettingsChanged', data: { userId: 'u1', section, changes, changedAt: NOW } }) as UserSettingsEvent;
const avatar = { storageKey: 'avatars/u1/a', contentType: 'image/png', sizeBytes: 10, sha256: 'ab', width: 1, height: 1 };
const darkEnglish = [changed('preferences', { theme: 'dark', language: 'en' })];

const given = givenWhenThen(userSettingsDecider);

describe('user settings decider', () => {
  it.each<[string, UserSettingsEvent[], UserSettingsCommand, UserSettingsEvent[]]>([
    [
      'records only the keys that change; unchanged and undefined keys are left out',
      darkEnglish,
      change('preferences', { theme: 'dark', language: 'de', timezone: undefined }),
      [changed('preferences', { language: 'de' })],
    ],
    ['records nothing when no key changes', darkEnglish, change('preferences', { theme: 'dark' }), []],
    ['keeps sections apart: a security key equal to no preference is a change', darkEnglish, change('security', { theme: 'dark' }), [changed('security', { theme: 'dark' })]],
    [
      'replaces the avatar',
      [],
      { type: 'SetUserAvatar', data: { userId: 'u1', avatar }, metadata: { now: NOW } },
      [{ type: 'UserAvatarUploaded', data: { ...avatar, userId: 'u1', uploadedAt: NOW } }],
    ],
  ])('%s', (_name, history, command, expected) => {
    given(history).when(command).then(expected);
  });

  it('folds each section to its latest values, and the avatar with its upload time', () => {
    const state = fold(userSettingsDecider, [
      changed('preferences', { theme: 'dark' }),
      changed('security', { login_alerts: true }),
      changed('preferences', { theme: 'light' }),
      { type: 'UserAvatarUploaded', data: { ...avatar, userId: 'u1', uploadedAt: NOW } },
    ]);
    expect(state.sections.preferences).toEqual({ theme: 'light' });
    expect(state.sections.security).toEqual({ login_alerts: true });
    expect(state.updatedAt).toBe(NOW);
    expect(state.avatar).toEqual({ ...avatar, uploadedAt: NOW });
  });
});
