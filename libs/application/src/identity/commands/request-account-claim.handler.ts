import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { addSeconds, userDecider, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { MAILER, Mailer } from '../../ports/mail.port';
import { IDENTITY_SETTINGS, IdentitySettings } from '../identity-settings';
import { hashPasswordResetToken, newPasswordResetToken } from './password-reset-token';
import { RequestAccountClaimCommand } from './request-account-claim.command';

/**
 * The claim link is a password-reset token whose request carries the claim's terms: the reset page and
 * `POST /auth/reset-password` spend it, and the decider turns that reset into the claim. The decider records
 * nothing (so nothing is mailed) when the account is verified or a claim link is still outstanding.
 */
@CommandHandler(RequestAccountClaimCommand)
export class RequestAccountClaimHandler implements ICommandHandler<RequestAccountClaimCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async execute(c: RequestAccountClaimCommand): Promise<void> {
    const token = newPasswordResetToken(c.userId);
    const metadata = this.store.commandMetadata();
    const result = await this.store.execute(userStreamId(c.userId), userDecider, {
      type: 'RequestPasswordReset',
      data: { tokenHash: hashPasswordResetToken(token), expiresAt: addSeconds(metadata.now, this.settings.passwordResetTtlSeconds), claim: c.terms },
      metadata,
    });
    if (result.events.length === 0) return;
    const minutes = Math.max(1, Math.round(this.settings.passwordResetTtlSeconds / 60));
    const link = `${this.settings.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to: result.state.email,
      subject: 'Someone registered a Candor account with your address',
      text:
        'Someone registered a Candor account with this address, and it has not been confirmed. If it was you,\n' +
        'claim the account by choosing a password: the address is then confirmed as yours, any session, API key\n' +
        'or webhook set up with the earlier registration stops working, and the account takes the name and role\n' +
        `of your registration.\n\n` +
        `Open ${link}\nor send this token with a new password to POST /auth/reset-password:\n\n${token}\n\n` +
        `It works once, within ${minutes} minute(s). If you did not register, ignore this mail.\n`,
    });
  }
}
