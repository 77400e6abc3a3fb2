import { createSecretKey, KeyObject } from 'node:crypto';
import jwt, { TokenExpiredError } from 'jsonwebtoken';
import { InvalidTokenError, TokenClaims, TokenSigner, VerifiedTokenClaims } from '@candor/application';

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

/** Compact JWTs signed with JWT_SECRET (HS256). */
export class JwtTokenSigner implements TokenSigner {
  private readonly secret: KeyObject;

  constructor(secret: string) {
    this.secret = jwtSecretKey(secret);
  }

  sign(claims: TokenClaims, ttlSeconds: number): string {
    const { sub, typ, jti, fid, ep } = claims;
    return jwt.sign({ typ, fid, ep }, this.secret, { algorithm: JWT_ALGORITHM, expiresIn: ttlSeconds, subject: sub, jwtid: jti });
  }

  verify(token: string): VerifiedTokenClaims {
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
    return c as unknown as VerifiedTokenClaims;
  }
}
