import { randomInt, randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  AccountClaimTerms,
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
import { claimUserKey, releaseUserKey, userIdByKey } from '../user-keys';
import { RequestAccountClaimCommand } from './request-account-claim.command';
import { RequestAccountClaimHandler } from './request-account-claim.handler';
import { RequestEmailVerificationCommand } from './request-email-verification.command';
import { RequestEmailVerificationHandler } from './request-email-verification.handler';
import { RegisterUserCommand } from './register-user.command';

const DERIVED_USERNAME_ATTEMPTS = 8;

/**
 * Registration: validate, hash, claim the email then the username (each on its own reservation stream,
 * "no stream" expected), then start the user's stream. Any failure after a claim releases what was claimed.
 * Then, after the answer, the verification link is mailed (a superuser made from the configuration needs none).
 * An email or username someone holds is refused; see claimEmail for an email nobody has proved.
 */
@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand>, BeforeApplicationShutdown {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly verification: RequestEmailVerificationHandler,
    private readonly claims: RequestAccountClaimHandler,
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

    await this.claimEmail(email, userId, { fullName: c.fullName, role: c.role ?? DEFAULT_ROLE });
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

  /**
   * A taken email is refused (400, the same answer whoever holds it). When its holder never proved the
   * address, the address's mailbox gets a claim link after the answer: the owner is not locked out by
   * whoever typed their address first, and the answer says nothing about whether the account is verified.
   */
  private async claimEmail(email: string, userId: string, terms: AccountClaimTerms): Promise<void> {
    try {
      await claimUserKey(this.store, 'email', email, userId);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'USER.EMAIL_TAKEN')) throw error;
      const holder = await userIdByKey(this.store, 'email', email);
      if (holder) {
        const held = (await this.store.load(userStreamId(holder), userDecider)).state;
        if (held.exists && !held.deleted && !held.emailVerified && !held.isSuperuser) {
          this.afterAnswer(this.claims.execute(new RequestAccountClaimCommand(holder, terms)), 'account claim mail failed', holder);
        }
      }
      throw UserErrors.emailTaken();
    }
  }

  private mailVerificationLink(userId: string): void {
    this.afterAnswer(this.verification.execute(new RequestEmailVerificationCommand(userId)), 'email verification mail failed', userId);
  }

  private afterAnswer(mail: Promise<unknown>, failure: string, userId: string): void {
    const work: Promise<void> = mail
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(failure, { userId, error: error.message }))
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
