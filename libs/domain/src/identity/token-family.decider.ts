import { DomainError } from '../shared/domain-error';
import { assertNever, Decider } from '../shared/decider';
import { IdentityCommand, millis } from './identity.types';
import { TokenFamilyEvent } from './token-family.events';

export type StartTokenFamily = IdentityCommand<
  'StartTokenFamily',
  {
    readonly familyId: string;
    readonly userId: string;
    readonly refreshTokenId: string;
    readonly accessTokenId: string;
    readonly refreshExpiresAt: string;
  }
>;

export type RotateRefreshToken = IdentityCommand<
  'RotateRefreshToken',
  {
    /** The `sub` of the refresh token presented: it must be the family's user. */
    readonly userId: string;
    readonly presentedRefreshTokenId: string;
    readonly refreshTokenId: string;
    readonly accessTokenId: string;
    readonly refreshExpiresAt: string;
  }
>;

export type EndSession = IdentityCommand<'EndSession', { readonly userId: string; readonly accessTokenId: string }>;

export type TokenFamilyCommand = StartTokenFamily | RotateRefreshToken | EndSession;

export interface TokenFamilyState {
  readonly exists: boolean;
  readonly familyId: string | null;
  readonly userId: string | null;
  readonly currentRefreshTokenId: string | null;
  readonly refreshExpiresAt: string | null;
  readonly revoked: boolean;
}

export const TokenFamilyErrors = {
  unknown: () => new DomainError('AUTH.INVALID_REFRESH_TOKEN', 'Invalid or expired refresh token', 'unauthorized'),
  revoked: () => new DomainError('AUTH.SESSION_REVOKED', 'This session has been revoked; log in again', 'unauthorized'),
  expired: () => new DomainError('AUTH.INVALID_REFRESH_TOKEN', 'Invalid or expired refresh token', 'unauthorized'),
  reused: () =>
    new DomainError(
      'AUTH.REFRESH_TOKEN_REUSED',
      'Refresh token was already used; every token of this session has been revoked, log in again',
      'unauthorized',
    ),
  alreadyStarted: () => new DomainError('AUTH.SESSION_EXISTS', 'Token family already started', 'conflict'),
};

export function decideTokenFamily(command: TokenFamilyCommand, state: TokenFamilyState): TokenFamilyEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'StartTokenFamily': {
      if (state.exists) throw TokenFamilyErrors.alreadyStarted();
      return [{ type: 'TokenFamilyStarted', data: { ...command.data, startedAt: now } }];
    }
    case 'RotateRefreshToken': {
      if (!state.exists || state.userId !== command.data.userId) throw TokenFamilyErrors.unknown();
      if (state.revoked) throw TokenFamilyErrors.revoked();
      const { familyId, userId } = state as { familyId: string; userId: string };
      if (command.data.presentedRefreshTokenId !== state.currentRefreshTokenId) {
        return [{ type: 'TokenFamilyRevoked', data: { familyId, userId, reason: 'refresh_token_reused', revokedAt: now } }];
      }
      if (state.refreshExpiresAt && millis(state.refreshExpiresAt) <= millis(now)) throw TokenFamilyErrors.expired();
      return [
        {
          type: 'RefreshTokenRotated',
          data: {
            familyId,
            userId,
            previousRefreshTokenId: command.data.presentedRefreshTokenId,
            refreshTokenId: command.data.refreshTokenId,
            accessTokenId: command.data.accessTokenId,
            refreshExpiresAt: command.data.refreshExpiresAt,
            rotatedAt: now,
          },
        },
      ];
    }
    case 'EndSession': {
      if (!state.exists || state.userId !== command.data.userId) throw TokenFamilyErrors.unknown();
      const { familyId, userId } = state as { familyId: string; userId: string };
      const events: TokenFamilyEvent[] = [
        { type: 'AccessTokenRevoked', data: { familyId, userId, accessTokenId: command.data.accessTokenId, revokedAt: now } },
      ];
      if (!state.revoked) events.push({ type: 'TokenFamilyRevoked', data: { familyId, userId, reason: 'logout', revokedAt: now } });
      return events;
    }
    default:
      return assertNever(command);
  }
}

export function evolveTokenFamily(state: TokenFamilyState, event: TokenFamilyEvent): TokenFamilyState {
  switch (event.type) {
    case 'TokenFamilyStarted':
      return {
        ...state,
        exists: true,
        familyId: event.data.familyId,
        userId: event.data.userId,
        currentRefreshTokenId: event.data.refreshTokenId,
        refreshExpiresAt: event.data.refreshExpiresAt,
      };
    case 'RefreshTokenRotated':
      return { ...state, currentRefreshTokenId: event.data.refreshTokenId, refreshExpiresAt: event.data.refreshExpiresAt };
    case 'TokenFamilyRevoked':
      return { ...state, revoked: true };
    case 'AccessTokenRevoked':
      return state;
    default:
      return assertNever(event);
  }
}

export const tokenFamilyDecider: Decider<TokenFamilyState, TokenFamilyCommand, TokenFamilyEvent> = {
  initialState: () => ({
    exists: false,
    familyId: null,
    userId: null,
    currentRefreshTokenId: null,
    refreshExpiresAt: null,
    revoked: false,
  }),
  decide: decideTokenFamily,
  evolve: evolveTokenFamily,
};
