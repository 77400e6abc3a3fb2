import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ApiKeyAuthenticator, AuthenticatedUser } from '@candor/application';
import { BearerApiKeyStrategyBase } from './bearer-api-key.strategy.base';

export const API_KEY_STRATEGY = 'api-key';

/** Authenticates an active API key of an active user; each accepted call counts as one use of the key. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(BearerApiKeyStrategyBase, API_KEY_STRATEGY) {
  constructor(private readonly authenticator: ApiKeyAuthenticator) {
    super();
  }

  validate(credential: string): Promise<AuthenticatedUser> {
    return this.authenticator.authenticate(credential);
  }
}
