import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, TOKEN_VERIFIER, TokenVerifier } from '@candor/application';
import { ACCESS_TOKEN_KEY, AccessTokenKey } from '@candor/application/ports/secrets.port';
import { bearerToken, verifyRequestAccessToken } from './request-access-token';

export const JWT_STRATEGY = 'jwt';

/**
 * `Authorization: Bearer <access token>`: passport-jwt checks the HS256 signature and expiry (any other
 * algorithm, `none` included, is refused); the token verifier then checks type, user, epoch and revocations —
 * once per request, shared with the global guards (maintenance, auditor) that already asked for the caller.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(ACCESS_TOKEN_KEY) accessTokenKey: AccessTokenKey,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes a KeyObject; passport-jwt's types only name string | Buffer.
      secretOrKey: accessTokenKey.key as Buffer,
      algorithms: [accessTokenKey.algorithm],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  validate(request: { headers: Record<string, string | string[] | undefined> }): Promise<AuthenticatedUser> {
    // passport-jwt took the token from this very header, so it is there.
    return verifyRequestAccessToken(request, bearerToken(request.headers.authorization) as string, this.verifier);
  }
}
