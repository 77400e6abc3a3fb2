import { createSecretKey, KeyObject } from 'node:crypto';
import jwt, { TokenExpiredError } from 'jsonwebtoken';
import { InvalidTokenError, LruMap, TokenClaims, TokenSigner, VerifiedTokenClaims } from '@candor/application';

/** The one algorithm: verification refuses any other, `none` included (no algorithm confusion). */
export const JWT_ALGORITHM = 'HS256' as const;

/**
 * JWT_SECRET as a secret KeyObject. Given a plain string, jsonwebtoken first tries (and fails) to parse it as a
 * public key on every verification, which costs more than the HMAC itself.
 */
export function jwtSecretKey(secret: string): KeyObject {
  if (!secret) throw new Error('JWT_SECRET must not be empty');
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** Tokens whose verified claims are remembered: about one per active session. */
const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Compact JWTs signed with JWT_SECRET (HS256). A token's signature and claims are checked once: they cannot
 * change, so the claims of a verified token are remembered (bounded) until it expires, and every later
 * verification of the same text costs a lookup and the expiry check. What can change (revocation, the user's
 * status) is not a matter of the signature: AccessTokenVerifier checks it on every request.
 */
export class JwtTokenSigner implements TokenSigner {
  private readonly secret: KeyObject;
  private readonly verified = new LruMap<string, VerifiedTokenClaims>(VERIFIED_TOKENS_MAX);

  constructor(secret: string) {
    this.secret = jwtSecretKey(secret);
  }

  sign(claims: TokenClaims, ttlSeconds: number): string {
    const { sub, typ, jti, fid, ep } = claims;
    return jwt.sign({ typ, fid, ep }, this.secret, { algorithm: JWT_ALGORITHM, expiresIn: ttlSeconds, subject: sub, jwtid: jti });
  }

  verify(token: string): VerifiedTokenClaims {
    const known = this.verified.get(token);
    if (known) {
      if (unexpired(known)) return known;
      this.verified.delete(token);
      throw new InvalidTokenError('expired');
    }
    const claims = this.verifySignature(token);
    this.verified.set(token, claims);
    return claims;
  }

  verifiedBefore(token: string): boolean {
    const known = this.verified.get(token);
    return known !== undefined && unexpired(known);
  }

  private verifySignature(token: string): VerifiedTokenClaims {
    let payload: unknown;
    try {
      payload = jwt.verify(token, this.secret, { algorithms: [JWT_ALGORITHM] });
    } catch (error) {
      throw new InvalidTokenError(error instanceof TokenExpiredError ? 'expired' : 'invalid');
    }
    const c = payload as Record<string, unknown>;
    const wellFormed =
      typeof c === 'object' &&
      c !== null &&
      (c.typ === 'access' || c.typ === 'refresh') &&
      typeof c.sub === 'string' &&
      typeof c.jti === 'string' &&
      typeof c.fid === 'string' &&
      typeof c.ep === 'number' &&
      typeof c.iat === 'number' &&
      typeof c.exp === 'number';
    if (!wellFormed) throw new InvalidTokenError('invalid');
    return Object.freeze(c) as unknown as VerifiedTokenClaims;
  }
}

/** jsonwebtoken's rule: expired from the second `exp` names. */
function unexpired(claims: VerifiedTokenClaims): boolean {
  return Math.floor(Date.now() / 1000) < claims.exp;
}
