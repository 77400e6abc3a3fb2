import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { API_KEY_STRATEGY } from './api-key.strategy';
import { userOrRefuse } from './auth-failure';

/** Accepts only API keys (`Bearer sk_…` or `Bearer pk_…:sk_…`); an invalid or deactivated key is 401. */
@Injectable()
export class ApiKeyAuthGuard extends AuthGuard(API_KEY_STRATEGY) {
  override handleRequest<TUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    return userOrRefuse(error, user, info, true);
  }
}
