import { DomainEvent } from '../shared/event';

/**
 * One login = one token family, on the stream `token-family-<uuid>`. Refresh tokens rotate on every use;
 * only the latest is valid. Presenting a spent one means it was stolen (or replayed): the whole family is
 * revoked. Logging out revokes the access token presented and the family with it.
 */
export type TokenFamilyStarted = DomainEvent<
  'TokenFamilyStarted',
  {
    readonly familyId: string;
    readonly userId: string;
    readonly refreshTokenId: string;
    readonly accessTokenId: string;
    readonly refreshExpiresAt: string;
    readonly startedAt: string;
  }
>;

export type RefreshTokenRotated = DomainEvent<
  'RefreshTokenRotated',
  {
    readonly familyId: string;
    readonly userId: string;
    readonly previousRefreshTokenId: string;
    readonly refreshTokenId: string;
    readonly accessTokenId: string;
    readonly refreshExpiresAt: string;
    readonly rotatedAt: string;
  }
>;

export type TokenFamilyRevocationReason = 'logout' | 'refresh_token_reused';

export type TokenFamilyRevoked = DomainEvent<
  'TokenFamilyRevoked',
  { readonly familyId: string; readonly userId: string; readonly reason: TokenFamilyRevocationReason; readonly revokedAt: string }
>;

export type AccessTokenRevoked = DomainEvent<
  'AccessTokenRevoked',
  { readonly familyId: string; readonly userId: string; readonly accessTokenId: string; readonly revokedAt: string }
>;

export type TokenFamilyEvent = TokenFamilyStarted | RefreshTokenRotated | TokenFamilyRevoked | AccessTokenRevoked;

export const TOKEN_FAMILY_EVENT_TYPES: readonly TokenFamilyEvent['type'][] = [
  'TokenFamilyStarted',
  'RefreshTokenRotated',
  'TokenFamilyRevoked',
  'AccessTokenRevoked',
];

export function tokenFamilyStreamId(familyId: string): string {
  return `token-family-${familyId}`;
}
