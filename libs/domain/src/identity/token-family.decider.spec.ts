import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { TokenFamilyCommand, tokenFamilyDecider } from './token-family.decider';
import { TokenFamilyEvent } from './token-family.events';

const FID = 'fam-1';
const USER = 'user-1';
const T0 = '2026-01-10T09:00:00.000Z';
const NOW = '2026-01-15T14:00:00.000Z';
const EXPIRES = '2026-02-10T09:00:00.000Z';

function given(events: TokenFamilyEvent[]) {
  return {
    when(command: TokenFamilyCommand) {
      const decide = () => tokenFamilyDecider.decide(command, fold(tokenFamilyDecider, events));
      return {
        then: (expected: TokenFamilyEvent[]) => expect(decide()).toEqual(expected),
        thenThrows(code: string) {
          expect(decide).toThrow(DomainError);
          try {
            decide();
          } catch (error) {
            expect((error as DomainError).code).toBe(code);
            expect((error as DomainError).kind).toBe('unauthorized');
          }
        },
      };
    },
  };
}

const cmd = <T extends TokenFamilyCommand['type']>(type: T, data: Extract<TokenFamilyCommand, { type: T }>['data'], now = NOW) =>
  ({ type, data, metadata: { now } }) as Extract<TokenFamilyCommand, { type: T }>;

const started: TokenFamilyEvent = {
  type: 'TokenFamilyStarted',
  data: { familyId: FID, userId: USER, refreshTokenId: 'r1', accessTokenId: 'a1', refreshExpiresAt: EXPIRES, startedAt: T0 },
};
const rotated: TokenFamilyEvent = {
  type: 'RefreshTokenRotated',
  data: {
    familyId: FID,
    userId: USER,
    previousRefreshTokenId: 'r1',
    refreshTokenId: 'r2',
    accessTokenId: 'a2',
    refreshExpiresAt: EXPIRES,
    rotatedAt: NOW,
  },
};
const rotate = (presented: string, now = NOW) =>
  cmd('RotateRefreshToken', { userId: USER, presentedRefreshTokenId: presented, refreshTokenId: 'r2', accessTokenId: 'a2', refreshExpiresAt: EXPIRES }, now);

describe('token family decider', () => {
  it('starts a family', () =>
    given([])
      .when(cmd('StartTokenFamily', { familyId: FID, userId: USER, refreshTokenId: 'r1', accessTokenId: 'a1', refreshExpiresAt: EXPIRES }, T0))
      .then([started]));

  it('rotates the current refresh token', () => given([started]).when(rotate('r1')).then([rotated]));

  it('revokes the whole family when a spent refresh token comes back', () =>
    given([started, rotated])
      .when(rotate('r1'))
      .then([{ type: 'TokenFamilyRevoked', data: { familyId: FID, userId: USER, reason: 'refresh_token_reused', revokedAt: NOW } }]));

  it('refuses any refresh of a revoked family, even with the latest token', () =>
    given([
      started,
      rotated,
      { type: 'TokenFamilyRevoked', data: { familyId: FID, userId: USER, reason: 'refresh_token_reused', revokedAt: NOW } },
    ])
      .when(rotate('r2'))
      .thenThrows('AUTH.SESSION_REVOKED'));

  it("refuses another user's token for the family", () =>
    given([started])
      .when(cmd('RotateRefreshToken', { userId: 'intruder', presentedRefreshTokenId: 'r1', refreshTokenId: 'r2', accessTokenId: 'a2', refreshExpiresAt: EXPIRES }))
      .thenThrows('AUTH.INVALID_REFRESH_TOKEN'));

  it('refuses an expired refresh token and an unknown family', () => {
    given([started]).when(rotate('r1', EXPIRES)).thenThrows('AUTH.INVALID_REFRESH_TOKEN');
    given([]).when(rotate('r1')).thenThrows('AUTH.INVALID_REFRESH_TOKEN');
  });

  it('logout revokes the access token presented and the family', () =>
    given([started])
      .when(cmd('EndSession', { userId: USER, accessTokenId: 'a1' }))
      .then([
        { type: 'AccessTokenRevoked', data: { familyId: FID, userId: USER, accessTokenId: 'a1', revokedAt: NOW } },
        { type: 'TokenFamilyRevoked', data: { familyId: FID, userId: USER, reason: 'logout', revokedAt: NOW } },
      ]));
});
