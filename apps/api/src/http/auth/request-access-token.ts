import { AuthenticatedUser, TokenVerifier } from '@candor/application';

/**
 * The credential of `Authorization: <scheme> <credential>` when the scheme is Bearer (any case), as passport-jwt
 * read it; null otherwise.
 */
export function bearerToken(header: string | string[] | undefined): string | null {
  const match = typeof header === 'string' ? /(\S+)\s+(\S+)/.exec(header) : null;
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : null;
}

const verifications = new WeakMap<object, { token: string; user: Promise<AuthenticatedUser> }>();

/**
 * The request's access token verified once per request: the global guards (maintenance, auditor) and the route's
 * own guard all need the caller, and each verification reads the user and the login from the read models.
 * Only within one request: the next request sees a logout or a suspension that happened in between.
 */
export function verifyRequestAccessToken(request: object, token: string, verifier: TokenVerifier): Promise<AuthenticatedUser> {
  const known = verifications.get(request);
  if (known?.token === token) return known.user;
  const user = verifier.verifyAccessToken(token);
  verifications.set(request, { token, user });
  return user;
}
