import { Inject, Injectable } from '@nestjs/common';
import { READ_STORE, ReadStore } from '../ports/read-store.port';
import { InvalidTokenError, TOKEN_SIGNER, TokenSigner } from '../ports/token-signer.port';
import { AuthErrors } from './auth-errors';
import { AuthenticatedUser } from './authenticated-user';
import { TokenVerifier } from './token-verifier.port';
import { TOKEN_FAMILIES_COLLECTION, TokenFamilyDocument } from './projections/token-families.projection';
import { USERS_COLLECTION, UserDocument } from './projections/users.projection';
import { toAuthenticatedUser } from './to-authenticated-user';

/**
 * Accepts an access token only while everything it stands for still holds: a valid HS256 signature and
 * expiry, `typ: access`, a user who still exists and is active, the user's current token epoch (moved on
 * by suspension, deactivation, deletion and password reset) and a login (token family) not revoked.
 * The signer remembers a verified token's claims until it expires; the checks that can change run every time.
 */
@Injectable()
export class AccessTokenVerifier implements TokenVerifier {
  constructor(
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
    @Inject(READ_STORE) private readonly store: ReadStore,
  ) {}

  async verifyAccessToken(token: string): Promise<AuthenticatedUser> {
    let claims: unknown;
    try {
      claims = this.signer.verify(token);
    } catch (error) {
      throw error instanceof InvalidTokenError && error.reason === 'expired' ? AuthErrors.tokenExpired() : AuthErrors.invalidToken();
    }
    return this.authenticate(claims);
  }

  /** The checks after the signature: for claims already verified by a JWT library. */
  async authenticate(claims: unknown): Promise<AuthenticatedUser> {
    const c = claims as Record<string, unknown> | null;
    if (
      !c ||
      c.typ !== 'access' ||
      typeof c.sub !== 'string' ||
      typeof c.jti !== 'string' ||
      typeof c.fid !== 'string' ||
      typeof c.ep !== 'number'
    ) {
      throw AuthErrors.invalidToken();
    }
    const [user, family] = await Promise.all([
      this.store.collection<UserDocument>(USERS_COLLECTION).findOne({ _id: c.sub }),
      this.store.collection<TokenFamilyDocument>(TOKEN_FAMILIES_COLLECTION).findOne({ _id: c.fid }),
    ]);
    if (!user || user.status !== 'active') throw AuthErrors.userUnavailable();
    if (user.tokenEpoch !== c.ep) throw AuthErrors.tokenRevoked();
    // A family not projected yet cannot have been revoked yet either (revocations follow its start in the log).
    if (family && (family.revoked || family.userId !== c.sub || family.revokedAccessTokenIds.includes(c.jti))) {
      throw AuthErrors.tokenRevoked();
    }
    return toAuthenticatedUser(user, 'jwt', { tokenId: c.jti, sessionId: c.fid });
  }
}
