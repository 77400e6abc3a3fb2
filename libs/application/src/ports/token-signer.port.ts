/** The claims of every token Candor issues (access and refresh alike). */
export interface TokenClaims {
  /** The user id. */
  readonly sub: string;
  readonly typ: 'access' | 'refresh';
  /** This token's id: logout revokes it, a refresh presents it. */
  readonly jti: string;
  /** The token family (one login) the token belongs to. */
  readonly fid: string;
  /** The user's token epoch at issue: suspension, deactivation, deletion and password reset move it on. */
  readonly ep: number;
}

export interface VerifiedTokenClaims extends TokenClaims {
  readonly iat: number;
  readonly exp: number;
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'Token has expired' : 'Could not validate credentials');
    this.name = 'InvalidTokenError';
  }
}

/** Signs and verifies compact JWTs (HS256 only: any other algorithm, `none` included, is refused). */
export interface TokenSigner {
  sign(claims: TokenClaims, ttlSeconds: number): string;
  /** Throws InvalidTokenError on a bad signature, algorithm, shape or an expired token. */
  verify(token: string): VerifiedTokenClaims;
  /**
   * Whether `verify` accepted exactly this token before and it has not expired since (true means `verify` would
   * answer its claims without checking the signature again); false for anything else, the signer then knows nothing.
   */
  verifiedBefore(token: string): boolean;
}

export const TOKEN_SIGNER = Symbol('TOKEN_SIGNER');
