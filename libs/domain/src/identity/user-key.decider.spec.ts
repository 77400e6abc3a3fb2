import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { UserKeyCommand, userKeyDecider } from './user-key.decider';
import { UserKeyEvent } from './user-key.events';

const NOW = '2026-01-15T14:00:00.000Z';
const claim = (userId: string) =>
  ({ type: 'ClaimUserKey', data: { kind: 'email', value: 'a@b.io', userId }, metadata: { now: NOW } }) as UserKeyCommand;
const release = (userId: string) =>
  ({ type: 'ReleaseUserKey', data: { kind: 'email', value: 'a@b.io', userId }, metadata: { now: NOW } }) as UserKeyCommand;
const claimed = (userId: string): UserKeyEvent => ({ type: 'UserKeyClaimed', data: { kind: 'email', value: 'a@b.io', userId, claimedAt: NOW } });
const released = (userId: string): UserKeyEvent => ({ type: 'UserKeyReleased', data: { kind: 'email', value: 'a@b.io', userId, releasedAt: NOW } });
const decide = (events: UserKeyEvent[], command: UserKeyCommand) => userKeyDecider.decide(command, fold(userKeyDecider, events));

describe('email/username reservation decider', () => {
  it('the first claim wins; another user is refused with USER.EMAIL_TAKEN (400)', () => {
    expect(decide([], claim('u1'))).toEqual([claimed('u1')]);
    expect(() => decide([claimed('u1')], claim('u2'))).toThrow(DomainError);
    try {
      decide([claimed('u1')], claim('u2'));
    } catch (error) {
      expect((error as DomainError).code).toBe('USER.EMAIL_TAKEN');
      expect((error as DomainError).kind).toBe('invalid');
    }
  });

  it('claiming again by the holder changes nothing', () => expect(decide([claimed('u1')], claim('u1'))).toEqual([]));

  it('only the holder releases; a released value can be claimed again', () => {
    expect(decide([claimed('u1')], release('u2'))).toEqual([]);
    expect(decide([claimed('u1')], release('u1'))).toEqual([released('u1')]);
    expect(decide([claimed('u1'), released('u1')], claim('u2'))).toEqual([claimed('u2')]);
  });
});
