import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { addSeconds, tokenFamilyDecider, TokenFamilyErrors, tokenFamilyStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../commands/aggregate-store';
import { TOKEN_SIGNER, TokenSigner } from '../ports/token-signer.port';
import { IDENTITY_SETTINGS, IdentitySettings } from './identity-settings';

/** What every login and refresh answers (each surface spells it its own way). */
export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: 'bearer';
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
}

/**
 * Issues access/refresh pairs inside a token family: a login starts a family, a refresh rotates it.
 * The family's events are appended before the tokens are handed out, so a token always has its record.
 */
@Injectable()
export class TokenIssuer {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async startFamily(userId: string, tokenEpoch: number, familyId: string = randomUUID()): Promise<TokenPair> {
    const metadata = this.store.commandMetadata();
    const ids = { refreshTokenId: randomUUID(), accessTokenId: randomUUID() };
    await this.store.execute(
      tokenFamilyStreamId(familyId),
      tokenFamilyDecider,
      {
        type: 'StartTokenFamily',
        data: { familyId, userId, ...ids, refreshExpiresAt: addSeconds(metadata.now, this.settings.refreshTtlSeconds) },
        metadata,
      },
      { retries: 0 },
    );
    return this.sign(userId, tokenEpoch, familyId, ids);
  }

  /**
   * Spends `presentedRefreshTokenId` for a new pair. A spent one (reuse, or losing a race with another
   * refresh of the same token) revokes the family and answers 401.
   */
  async rotate(userId: string, tokenEpoch: number, familyId: string, presentedRefreshTokenId: string): Promise<TokenPair> {
    const metadata = this.store.commandMetadata();
    const ids = { refreshTokenId: randomUUID(), accessTokenId: randomUUID() };
    const result = await this.store.execute(tokenFamilyStreamId(familyId), tokenFamilyDecider, {
      type: 'RotateRefreshToken',
      data: { userId, presentedRefreshTokenId, ...ids, refreshExpiresAt: addSeconds(metadata.now, this.settings.refreshTtlSeconds) },
      metadata,
    });
    if (result.events.some((e) => e.type === 'TokenFamilyRevoked')) throw TokenFamilyErrors.reused();
    return this.sign(userId, tokenEpoch, familyId, ids);
  }

  private sign(userId: string, ep: number, fid: string, ids: { refreshTokenId: string; accessTokenId: string }): TokenPair {
    const { accessTtlSeconds, refreshTtlSeconds } = this.settings;
    return {
      accessToken: this.signer.sign({ sub: userId, typ: 'access', jti: ids.accessTokenId, fid, ep }, accessTtlSeconds),
      refreshToken: this.signer.sign({ sub: userId, typ: 'refresh', jti: ids.refreshTokenId, fid, ep }, refreshTtlSeconds),
      tokenType: 'bearer',
      expiresIn: accessTtlSeconds,
    };
  }
}
