import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { userOrRefuse } from './auth-failure';
import { JWT_STRATEGY } from './jwt.strategy';

/**
 * Accepts only access tokens (`Authorization: Bearer <jwt>`), verified by the JWT strategy (the token verifier):
 * HS256 signature, expiry, logout/revocation, user still active. Attaches an AuthenticatedUser as request.user.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard(JWT_STRATEGY) {
  override handleRequest<TUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    return userOrRefuse(error, user, info);
  }
}
