import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { addSeconds, userDecider, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { MAILER, Mailer } from '../../ports/mail.port';
import { IDENTITY_SETTINGS, IdentitySettings } from '../identity-settings';
// The reset token's shape (`<userId>.<secret>`, only its SHA-256 stored) serves any one-time mailed link.
import { hashPasswordResetToken, newPasswordResetToken } from './password-reset-token';
import { RequestEmailVerificationCommand } from './request-email-verification.command';

/** Records the request (the token's hash only), then mails the link, built from PUBLIC_URL. */
@CommandHandler(RequestEmailVerificationCommand)
export class RequestEmailVerificationHandler implements ICommandHandler<RequestEmailVerificationCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async execute(c: RequestEmailVerificationCommand): Promise<{ sent: boolean }> {
    const token = newPasswordResetToken(c.userId);
    const metadata = this.store.commandMetadata();
    const result = await this.store.execute(userStreamId(c.userId), userDecider, {
      type: 'RequestEmailVerification',
      data: { tokenHash: hashPasswordResetToken(token), expiresAt: addSeconds(metadata.now, this.settings.emailVerificationTtlSeconds) },
      metadata,
    });
    if (result.state.emailVerified) return { sent: false };
    const hours = Math.max(1, Math.round(this.settings.emailVerificationTtlSeconds / 3600));
    const link = `${this.settings.publicUrl}/auth/verify-email?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to: result.state.email,
      subject: 'Verify your Candor email address',
      text:
        'Someone (hopefully you) created a Candor account with this address.\n\n' +
        `Open ${link}\nor send this token to POST /auth/verify-email:\n\n${token}\n\n` +
        `It works once, within ${hours} hour(s). Until then, interviews addressed to this email are not linked to the account.\n`,
    });
    return { sent: true };
  }
}
