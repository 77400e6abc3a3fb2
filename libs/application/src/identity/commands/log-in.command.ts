import { Command } from '@nestjs/cqrs';
import { UserDocument } from '../projections/users.projection';
import { TokenPair } from '../token-issuer';

export interface LoginResult extends TokenPair {
  readonly user: UserDocument;
}

/**
 * Any surface's login: `login` is an email or a username (S1's form field `username` may hold either).
 * `client` is the caller's address: failed logins lock an account for that client only.
 */
export class LogInCommand extends Command<LoginResult> {
  constructor(
    readonly login: string,
    readonly password: string,
    readonly client = '',
  ) {
    super();
  }
}
