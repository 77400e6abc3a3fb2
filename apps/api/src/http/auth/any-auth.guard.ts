import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { API_KEY_STRATEGY } from './api-key.strategy';
import { userOrRefuse } from './auth-failure';
import { JWT_STRATEGY } from './jwt.strategy';

/** An API key or an access token: the key strategy only claims `sk_…`/`pk_…` credentials, the JWT one the rest. */
@Injectable()
export class AnyAuthGuard extends AuthGuard([API_KEY_STRATEGY, JWT_STRATEGY]) {
  override handleRequest<TUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    return userOrRefuse(error, user, info);
  }
}
