import { Command } from '@nestjs/cqrs';
import { TokenPair } from '../token-issuer';

/** Spends a refresh token for a new pair (the presented one is spent from then on). */
export class RefreshTokensCommand extends Command<TokenPair> {
  constructor(readonly refreshToken: string) {
    super();
  }
}
