import { BeforeApplicationShutdown, Global, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import {
  AccessTokenVerifier,
  AGGREGATE_STORE,
  AggregateStore,
  ApiKeyAuthenticator,
  EVENT_STORE,
  EventStore,
  IDENTITY_LOGGER,
  IDENTITY_SETTINGS,
  IdentityLogger,
  IdentitySettings,
  MAILER,
  Mailer,
  PASSWORD_HASHER,
  READ_STORE,
  ReadStore,
  TOKEN_SIGNER,
  TOKEN_VERIFIER,
  TokenIssuer,
} from '@candor/application';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { ScryptPasswordHasher } from '@candor/infrastructure/crypto/scrypt-password-hasher.adapter';
import { JWT_ALGORITHM, jwtSecretKey, JwtTokenSigner } from '@candor/infrastructure/crypto/jwt-token-signer.adapter';
import { ACCESS_TOKEN_KEY, AccessTokenKey } from '@candor/application/ports/secrets.port';
import { createMailer } from '@candor/infrastructure/mail/mailer.factory';
import { ACCOUNT_CLAIM_REACTOR, AccountClaimReactor } from '@candor/application/identity/account-claim.reactor';
import { LogReactor } from '@candor/application/reactors/log-reactor';
import { JwtStrategy } from '../http/auth/jwt.strategy';
import { ApiKeyStrategy } from '../http/auth/api-key.strategy';
import { RolesGuard } from '../http/auth/roles.guard';
import { SuperuserBootstrap } from './superuser.bootstrap';

@Injectable()
class MailerLifecycle implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.mailer.close();
  }
}

/** Runs the reactor that revokes, on an account claim, the API keys the account's earlier holder created. */
@Injectable()
class AccountClaimLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly reactor: LogReactor;

  constructor(
    @Inject(AGGREGATE_STORE) store: AggregateStore,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    logger: JsonLogger,
  ) {
    const claims = new AccountClaimReactor(store);
    this.reactor = new LogReactor(ACCOUNT_CLAIM_REACTOR, events, readStore, (event) => claims.react(event), logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reactor.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reactor.stop();
  }
}

/**
 * Identity's adapters and services for every surface: password hashing, token signing and verification
 * (TOKEN_VERIFIER, also used by the WebSocket gateways), API-key authentication, mail, the passport
 * strategies behind JwtAuthGuard / ApiKeyAuthGuard / AnyAuthGuard, the bootstrap superuser, and the reactor that
 * revokes an earlier holder's API keys when the owner of the address claims the account.
 */
@Global()
@Module({
  imports: [PassportModule],
  providers: [
    {
      provide: IDENTITY_SETTINGS,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig): IdentitySettings => ({
        accessTtlSeconds: c.jwtAccessTtlSeconds,
        refreshTtlSeconds: c.jwtRefreshTtlSeconds,
        apiKeysMaxActive: c.apiKeysMaxActive,
        passwordResetTtlSeconds: c.passwordResetTtlSeconds,
        emailVerificationTtlSeconds: c.emailVerificationTtlSeconds,
        lockout: { maxFailures: c.loginMaxFailures, windowSeconds: c.loginFailureWindowSeconds, lockoutSeconds: c.loginLockoutSeconds },
        publicUrl: c.publicUrl,
      }),
    },
    {
      provide: PASSWORD_HASHER,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ScryptPasswordHasher.create({ N: c.passwordHashCost, r: 8, p: 1 }),
    },
    { provide: TOKEN_SIGNER, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new JwtTokenSigner(c.jwtSecret) },
    {
      provide: ACCESS_TOKEN_KEY,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig): AccessTokenKey => ({ algorithm: JWT_ALGORITHM, key: jwtSecretKey(c.jwtSecret) }),
    },
    { provide: MAILER, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createMailer(c) },
    {
      provide: IDENTITY_LOGGER,
      inject: [JsonLogger],
      useFactory: (logger: JsonLogger): IdentityLogger => ({
        info: (message, context) => logger.entry('info', message, context),
        error: (message, context) => logger.entry('error', message, context),
      }),
    },
    TokenIssuer,
    AccessTokenVerifier,
    ApiKeyAuthenticator,
    { provide: TOKEN_VERIFIER, useExisting: AccessTokenVerifier },
    JwtStrategy,
    ApiKeyStrategy,
    RolesGuard,
    MailerLifecycle,
    AccountClaimLifecycle,
    SuperuserBootstrap,
  ],
  exports: [
    IDENTITY_SETTINGS,
    PASSWORD_HASHER,
    TOKEN_SIGNER,
    MAILER,
    IDENTITY_LOGGER,
    TokenIssuer,
    AccessTokenVerifier,
    ApiKeyAuthenticator,
    TOKEN_VERIFIER,
    RolesGuard,
  ],
})
export class IdentityModule {}
