import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenVerifier, AuthenticatedUser } from '@candor/application';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JWT_ALGORITHM, jwtSecretKey } from '@candor/infrastructure/crypto/jwt-token-signer.adapter';

export const JWT_STRATEGY = 'jwt';

/**
 * `Authorization: Bearer <access token>`: passport-jwt checks the HS256 signature and expiry (any other
 * algorithm, `none` included, is refused); the verifier then checks type, user, epoch and revocations.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly verifier: AccessTokenVerifier,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes a KeyObject (see jwtSecretKey); passport-jwt's types only name string | Buffer.
      secretOrKey: jwtSecretKey(config.jwtSecret) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  validate(payload: unknown): Promise<AuthenticatedUser> {
    return this.verifier.authenticate(payload);
  }
}
