import jwt, { TokenExpiredError } from 'jsonwebtoken';
import { InvalidTokenError, TokenClaims, TokenSigner, VerifiedTokenClaims } from '@candor/application';

/** The one algorithm: verification refuses any other, `none` included (no algorithm confusion). */
export const JWT_ALGORITHM = 'HS256' as const;

/** Compact JWTs signed with JWT_SECRET (HS256). */
export class JwtTokenSigner implements TokenSigner {
  constructor(private readonly secret: string) {
    if (!secret) throw new Error('JWT_SECRET must not be empty');
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
