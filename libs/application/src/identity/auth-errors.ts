import { DomainError } from '@candor/domain';

/** Why a credential (access token, refresh token, API key) is refused: always 401, with a message that says why. */
export const AuthErrors = {
  notAuthenticated: () => new DomainError('AUTH.NOT_AUTHENTICATED', 'Not authenticated', 'unauthorized'),
  invalidToken: () => new DomainError('AUTH.INVALID_TOKEN', 'Could not validate credentials', 'unauthorized'),
  tokenExpired: () => new DomainError('AUTH.TOKEN_EXPIRED', 'Token has expired', 'unauthorized'),
  tokenRevoked: () => new DomainError('AUTH.TOKEN_REVOKED', 'Token has been revoked', 'unauthorized'),
  userUnavailable: () =>
    new DomainError('AUTH.USER_UNAVAILABLE', 'User is inactive, suspended or no longer exists', 'unauthorized'),
  invalidRefreshToken: () => new DomainError('AUTH.INVALID_REFRESH_TOKEN', 'Invalid or expired refresh token', 'unauthorized'),
  invalidApiKey: () => new DomainError('API_KEY.INVALID_CREDENTIALS', 'Invalid or inactive API key', 'unauthorized'),
};
