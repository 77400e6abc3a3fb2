import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenVerifier, AuthenticatedUser } from '@candor/application';
import { ACCESS_TOKEN_KEY, AccessTokenKey } from '@candor/application/ports/secrets.port';

export const JWT_STRATEGY = 'jwt';

/**
 * `Authorization: Bearer <access token>`: passport-jwt checks the HS256 signature and expiry (any other
 * algorithm, `none` included, is refused); the verifier then checks type, user, epoch and revocations.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(ACCESS_TOKEN_KEY) accessTokenKey: AccessTokenKey,
    private readonly verifier: AccessTokenVerifier,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes a KeyObject; passport-jwt's types only name string | Buffer.
      secretOrKey: accessTokenKey.key as Buffer,
      algorithms: [accessTokenKey.algorithm],
      ignoreExpiration: false,
    });
  }

  validate(payload: unknown): Promise<AuthenticatedUser> {
    return this.verifier.authenticate(payload);
  }
}
