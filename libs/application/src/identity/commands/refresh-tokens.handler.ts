import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { userDecider, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { TOKEN_SIGNER, TokenSigner, VerifiedTokenClaims } from '../../ports/token-signer.port';
import { AuthErrors } from '../auth-errors';
import { TokenIssuer, TokenPair } from '../token-issuer';
import { RefreshTokensCommand } from './refresh-tokens.command';

@CommandHandler(RefreshTokensCommand)
export class RefreshTokensHandler implements ICommandHandler<RefreshTokensCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
    private readonly issuer: TokenIssuer,
  ) {}

  async execute(c: RefreshTokensCommand): Promise<TokenPair> {
    let claims: VerifiedTokenClaims;
    try {
      claims = this.signer.verify(c.refreshToken);
    } catch {
      throw AuthErrors.invalidRefreshToken();
    }
    if (claims.typ !== 'refresh') throw AuthErrors.invalidRefreshToken();
    const { state } = await this.store.load(userStreamId(claims.sub), userDecider);
    if (!state.exists || state.deleted || state.status !== 'active') throw AuthErrors.userUnavailable();
    if (state.tokenEpoch !== claims.ep) throw AuthErrors.tokenRevoked();
    return this.issuer.rotate(claims.sub, state.tokenEpoch, claims.fid, claims.jti);
  }
}
