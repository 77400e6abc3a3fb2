import { createHash, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { lockedForSeconds, userDecider, UserErrors, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { PASSWORD_HASHER, PasswordHasher } from '../../ports/password-hasher.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { IDENTITY_SETTINGS, IdentitySettings } from '../identity-settings';
import { USERS_COLLECTION, UserDocument } from '../projections/users.projection';
import { TokenIssuer } from '../token-issuer';
import { UnknownLoginFailures } from '../unknown-login-failures';
import { userIdByLoginName } from '../user-keys';
import { LoginResult, LogInCommand } from './log-in.command';

/**
 * Checks the password against the user's own stream (not a read model), then starts a token family.
 * An unknown login costs the same hash check as a known one. A wrong password is recorded (LoginFailed);
 * enough of them within the window lock the account for a while (UserLockedOut), and the lock lifts on time.
 * The account's status is only revealed to someone who knows its password. Failures and locks count per
 * account and client (a hash of the caller's address): a stranger cannot lock a user out elsewhere, and
 * names of no account lock the same way, so the lockout answer does not tell which emails exist.
 */
@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    private readonly issuer: TokenIssuer,
  ) {
    this.unknown = new UnknownLoginFailures(settings.lockout);
  }

  private readonly unknown: UnknownLoginFailures;

  async execute(c: LogInCommand): Promise<LoginResult> {
    const client = clientKey(c.client);
    const userId = await userIdByLoginName(this.store, c.login);
    const { state } = userId ? await this.store.load(userStreamId(userId), userDecider) : { state: null };
    const now = this.store.commandMetadata().now;
    if (!userId || !state || !state.exists || state.deleted || !state.passwordHash) {
      const lockedUnknown = this.unknown.lockedForSeconds(c.login, client, now);
      if (lockedUnknown > 0) throw UserErrors.accountLocked(lockedUnknown);
      await this.hasher.verify(c.password, this.hasher.decoyHash);
      this.unknown.record(c.login, client, now);
      throw UserErrors.invalidCredentials();
    }
    const locked = lockedForSeconds(state, now, client);
    if (locked > 0) throw UserErrors.accountLocked(locked);

    if (!(await this.hasher.verify(c.password, state.passwordHash))) {
      await this.store.execute(userStreamId(userId), userDecider, {
        type: 'RecordLoginFailure',
        data: { policy: this.settings.lockout, client },
        metadata: this.store.commandMetadata(),
      });
      throw UserErrors.invalidCredentials();
    }

    const sessionId = randomUUID();
    // Decided on the stream as it is now: a suspension or lock that landed meanwhile still refuses.
    const recorded = await this.store.execute(userStreamId(userId), userDecider, {
      type: 'RecordLogin',
      data: { sessionId, client },
      metadata: this.store.commandMetadata(),
    });
    const tokens = await this.issuer.startFamily(userId, recorded.state.tokenEpoch, sessionId);
    const user = await this.readStore.collection<UserDocument>(USERS_COLLECTION).findOne({ _id: userId });
    if (!user) throw UserErrors.invalidCredentials();
    return { ...tokens, user };
  }
}

/** The caller's address as stored in events: hashed (the log keeps no IP addresses), short, stable. */
function clientKey(address: string): string {
  return createHash('sha256').update(`login-client:${address}`).digest('base64url').slice(0, 16);
}
