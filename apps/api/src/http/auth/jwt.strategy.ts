import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AuthenticatedUser, TOKEN_VERIFIER, TokenVerifier } from '@candor/application';
import { BearerAccessTokenStrategyBase } from './bearer-access-token.strategy.base';
import { verifyRequestAccessToken } from './request-access-token';

export const JWT_STRATEGY = 'jwt';

/**
 * `Authorization: Bearer <access token>`: the token verifier checks the HS256 signature and expiry (any other
 * algorithm, `none` included, is refused), then type, user, epoch and revocations; once per request, shared
 * with the global guards that already asked.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(BearerAccessTokenStrategyBase, JWT_STRATEGY) {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {
    super();
  }

  validate(request: object, token: string): Promise<AuthenticatedUser> {
    return verifyRequestAccessToken(request, token, this.verifier);
  }
}
