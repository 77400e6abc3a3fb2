import { givenWhenThen } from '@candor/testing';
import { TokenFamilyCommand, tokenFamilyDecider } from './token-family.decider';
import { TokenFamilyEvent } from './token-family.events';

const FID = 'fam-1';
const USER = 'user-1';
const T0 = '2026-01-10T09:00:00.000Z';
const NOW = '2026-01-15T14:00:00.000Z';
const EXPIRES = '2026-02-10T09:00:00.000Z';

const given = givenWhenThen(tokenFamilyDecider);

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

const revokedForReuse: TokenFamilyEvent = { type: 'TokenFamilyRevoked', data: { familyId: FID, userId: USER, reason: 'refresh_token_reused', revokedAt: NOW } };

describe('token family decider', () => {
  it.each<[string, TokenFamilyEvent[], TokenFamilyCommand, TokenFamilyEvent[]]>([
    [
      'starts a family',
      [],
      cmd('StartTokenFamily', { familyId: FID, userId: USER, refreshTokenId: 'r1', accessTokenId: 'a1', refreshExpiresAt: EXPIRES }, T0),
      [started],
    ],
    ['rotates the current refresh token', [started], rotate('r1'), [rotated]],
    ['revokes the whole family when a spent refresh token comes back', [started, rotated], rotate('r1'), [revokedForReuse]],
    [
      'logout revokes the access token presented and the family',
      [started],
      cmd('EndSession', { userId: USER, accessTokenId: 'a1' }),
      [
        { type: 'AccessTokenRevoked', data: { familyId: FID, userId: USER, accessTokenId: 'a1', revokedAt: NOW } },
        { type: 'TokenFamilyRevoked', data: { familyId: FID, userId: USER, reason: 'logout', revokedAt: NOW } },
      ],
    ],
  ])('%s', (_name, history, command, expected) => {
    given(history).when(command).then(expected);
  });

  it.each<[string, TokenFamilyEvent[], TokenFamilyCommand, string]>([
    ['refuses any refresh of a revoked family, even with the latest token', [started, rotated, revokedForReuse], rotate('r2'), 'AUTH.SESSION_REVOKED'],
    [
      "refuses another user's token for the family",
      [started],
      cmd('RotateRefreshToken', { userId: 'intruder', presentedRefreshTokenId: 'r1', refreshTokenId: 'r2', accessTokenId: 'a2', refreshExpiresAt: EXPIRES }),
      'AUTH.INVALID_REFRESH_TOKEN',
    ],
    ['refuses an expired refresh token', [started], rotate('r1', EXPIRES), 'AUTH.INVALID_REFRESH_TOKEN'],
    ['refuses a refresh for an unknown family', [], rotate('r1'), 'AUTH.INVALID_REFRESH_TOKEN'],
  ])('%s', (_name, history, command, code) => {
    given(history).when(command).thenThrows(code, 'unauthorized');
  });
});
