import { randomInt, randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DEFAULT_ROLE,
  DomainError,
  initialUserState,
  normalizeEmail,
  passwordProblem,
  RegisterUser,
  userDecider,
  UserErrors,
  usernameFromEmail,
  userStreamId,
} from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { PASSWORD_HASHER, PasswordHasher } from '../../ports/password-hasher.port';
import { IDENTITY_LOGGER, IdentityLogger } from '../identity-logger';
import { claimUserKey, releaseUserKey } from '../user-keys';
import { RequestEmailVerificationCommand } from './request-email-verification.command';
import { RequestEmailVerificationHandler } from './request-email-verification.handler';
import { RegisterUserCommand } from './register-user.command';

const DERIVED_USERNAME_ATTEMPTS = 8;

/**
 * Registration: validate, hash, claim the email then the username (each on its own reservation stream,
 * "no stream" expected), then start the user's stream. Any failure after a claim releases what was claimed.
 * Then, after the answer, the verification link is mailed (a superuser made from the configuration needs none).
 */
@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand>, BeforeApplicationShutdown {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly verification: RequestEmailVerificationHandler,
    @Inject(IDENTITY_LOGGER) private readonly logger: IdentityLogger,
  ) {}

  /** Registrations answered before a shutdown still get their mail (the mailer closes after this). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  async execute(c: RegisterUserCommand): Promise<{ userId: string }> {
    const userId = randomUUID();
    const email = normalizeEmail(c.email);
    const problem = passwordProblem(c.password);
    if (problem) throw UserErrors.weakPassword(problem);
    const register = (username: string, passwordHash: string): RegisterUser => ({
      type: 'RegisterUser',
      metadata: this.store.commandMetadata(),
      data: {
        userId,
        email,
        username,
        fullName: c.fullName,
        role: c.role ?? DEFAULT_ROLE,
        isSuperuser: c.isSuperuser,
        passwordHash,
      },
    });
    const requested = c.username?.trim();
    // Decide on the empty state first: invalid input must neither cost a hash nor claim anything.
    userDecider.decide(register(requested || usernameFromEmail(email), 'unhashed'), initialUserState());
    const passwordHash = await this.hasher.hash(c.password);

    await claimUserKey(this.store, 'email', email, userId);
    let username: string | null = null;
    try {
      username = requested ? await this.claimUsername(requested, userId) : await this.claimDerivedUsername(email, userId);
      await this.store.execute(userStreamId(userId), userDecider, register(username, passwordHash), { retries: 0 });
    } catch (error) {
      await releaseUserKey(this.store, 'email', email, userId);
      if (username) await releaseUserKey(this.store, 'username', username, userId);
      throw error;
    }
    if (!c.isSuperuser) this.mailVerificationLink(userId);
    return { userId };
  }

  private mailVerificationLink(userId: string): void {
    const work: Promise<void> = this.verification
      .execute(new RequestEmailVerificationCommand(userId))
      .then(() => undefined)
      .catch((error: Error) => this.logger.error('email verification mail failed', { userId, error: error.message }))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }


  private async claimUsername(username: string, userId: string): Promise<string> {
    await claimUserKey(this.store, 'username', username, userId);
    return username;
  }

  /** `jane.doe`, else `jane.doe` plus a few random digits: a derived name never fails a registration. */
  private async claimDerivedUsername(email: string, userId: string): Promise<string> {
    const base = usernameFromEmail(email);
    for (let attempt = 0; attempt < DERIVED_USERNAME_ATTEMPTS; attempt += 1) {
      const candidate = attempt === 0 ? base : `${base}${randomInt(1000, 1_000_000)}`;
      try {
        return await this.claimUsername(candidate, userId);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'USER.USERNAME_TAKEN')) throw error;
      }
    }
    throw UserErrors.usernameTaken();
  }
}
