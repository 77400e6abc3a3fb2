import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, TOKEN_SIGNER, TOKEN_VERIFIER, TokenSigner, TokenVerifier } from '@candor/application';
import { ACCESS_TOKEN_KEY, AccessTokenKey } from '@candor/application/ports/secrets.port';
import { bearerToken, verifyRequestAccessToken } from './request-access-token';

export const JWT_STRATEGY = 'jwt';

type BearerRequest = { headers: Record<string, string | string[] | undefined> };

/**
 * `Authorization: Bearer <access token>`: passport-jwt checks the HS256 signature and expiry (any other
 * algorithm, `none` included, is refused); the token verifier then checks type, user, epoch and revocations —
 * once per request, shared with the global guards (maintenance, auditor) that already asked for the caller.
 * A token's signature is checked once: a token the token signer has already verified (the same text, not expired
 * since; the global guards verify through it) goes straight to those per-request checks.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(ACCESS_TOKEN_KEY) accessTokenKey: AccessTokenKey,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(TOKEN_SIGNER) private readonly signer: TokenSigner,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes a KeyObject; passport-jwt's types only name string | Buffer.
      secretOrKey: accessTokenKey.key as Buffer,
      algorithms: [accessTokenKey.algorithm],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  /** passport-jwt's own check, unless the signer has verified this very token before (and it has not expired). */
  override authenticate(request: BearerRequest, options?: unknown): void {
    const token = bearerToken(request.headers.authorization);
    if (token === null || !this.signer.verifiedBefore(token)) return super.authenticate(request as never, options);
    // What passport-jwt does with validate's answer once the signature holds.
    this.validate(request).then(
      (user) => this.success(user),
      (error: unknown) => this.error(error as Error),
    );
  }

  validate(request: BearerRequest): Promise<AuthenticatedUser> {
    // passport-jwt took the token from this very header, so it is there.
    return verifyRequestAccessToken(request, bearerToken(request.headers.authorization) as string, this.verifier);
  }
}
