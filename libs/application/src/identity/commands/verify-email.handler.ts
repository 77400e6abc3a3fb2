import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { userDecider, UserErrors, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { claimUserKey, releaseUserKey, userIdByKey } from '../user-keys';
import { hashPasswordResetToken, userIdOfResetToken } from './password-reset-token';
import { VerifyEmailCommand } from './verify-email.command';

/**
 * Proof of the mailbox wins the address: should another, unverified account have claimed the email since,
 * the claim moves to the verified one (a verified holder keeps it, and the link is refused).
 */
@CommandHandler(VerifyEmailCommand)
export class VerifyEmailHandler implements ICommandHandler<VerifyEmailCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: VerifyEmailCommand): Promise<{ userId: string; email: string }> {
    const userId = userIdOfResetToken(c.token);
    if (!userId) throw UserErrors.invalidVerificationToken();
    const tokenHash = hashPasswordResetToken(c.token.trim());
    const stream = userStreamId(userId);
    const verify = { type: 'VerifyEmail' as const, data: { tokenHash }, metadata: this.store.commandMetadata() };
    const { state } = await this.store.load(stream, userDecider);
    if (!state.exists || state.deleted) throw UserErrors.invalidVerificationToken();
    // Decided once on the state read so a bad link moves no claim; the append decides again on the fresh stream.
    userDecider.decide(verify, state);
    const holder = await userIdByKey(this.store, 'email', state.email);
    if (holder !== userId) {
      if (holder) {
        const other = (await this.store.load(userStreamId(holder), userDecider)).state;
        if (other.exists && !other.deleted && other.emailVerified) throw UserErrors.emailTaken();
        await releaseUserKey(this.store, 'email', state.email, holder);
      }
      await claimUserKey(this.store, 'email', state.email, userId);
    }
    await this.store.execute(stream, userDecider, verify);
    return { userId, email: state.email };
  }
}
