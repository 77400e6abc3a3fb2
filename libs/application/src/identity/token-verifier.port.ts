import { AuthenticatedUser } from './authenticated-user';

/**
 * Verifies an access token (signature, expiry, revocation, user still active) and returns the caller.
 * Used by the HTTP guards and by the WebSocket gateways (`?token=` or a first `{type:"auth"}` message).
 * Throws DomainError kind 'unauthorized' when the token is not acceptable.
 */
export interface TokenVerifier {
  verifyAccessToken(token: string): Promise<AuthenticatedUser>;
}

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
