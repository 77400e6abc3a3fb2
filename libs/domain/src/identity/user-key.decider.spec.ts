import { givenWhenThen } from '@candor/testing';
import { UserKeyCommand, userKeyDecider } from './user-key.decider';
import { UserKeyEvent } from './user-key.events';

const NOW = '2026-01-15T14:00:00.000Z';
const claim = (userId: string) =>
  ({ type: 'ClaimUserKey', data: { kind: 'email', value: 'a@b.io', userId }, metadata: { now: NOW } }) as UserKeyCommand;
const release = (userId: string) =>
  ({ type: 'ReleaseUserKey', data: { kind: 'email', value: 'a@b.io', userId }, metadata: { now: NOW } }) as UserKeyCommand;
const claimed = (userId: string): UserKeyEvent => ({ type: 'UserKeyClaimed', data: { kind: 'email', value: 'a@b.io', userId, claimedAt: NOW } });
const released = (userId: string): UserKeyEvent => ({ type: 'UserKeyReleased', data: { kind: 'email', value: 'a@b.io', userId, releasedAt: NOW } });

const given = givenWhenThen(userKeyDecider);

describe('email/username reservation decider', () => {
  it.each<[string, UserKeyEvent[], UserKeyCommand, UserKeyEvent[]]>([
    ['the first claim wins', [], claim('u1'), [claimed('u1')]],
    ['claiming again by the holder changes nothing', [claimed('u1')], claim('u1'), []],
    ['a release by someone else than the holder changes nothing', [claimed('u1')], release('u2'), []],
    ['the holder releases', [claimed('u1')], release('u1'), [released('u1')]],
    ['a released value can be claimed by another user', [claimed('u1'), released('u1')], claim('u2'), [claimed('u2')]],
  ])('%s', (_name, history, command, expected) => {
    given(history).when(command).then(expected);
  });

  it('refuses a claim by another user than the holder with USER.EMAIL_TAKEN (400)', () => {
    given([claimed('u1')]).when(claim('u2')).thenThrows('USER.EMAIL_TAKEN', 'invalid');
  });
});
