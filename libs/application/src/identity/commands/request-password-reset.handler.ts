import { BeforeApplicationShutdown, Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { addSeconds, DomainError, userDecider, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { MAILER, Mailer } from '../../ports/mail.port';
import { IDENTITY_LOGGER, IdentityLogger } from '../identity-logger';
import { IDENTITY_SETTINGS, IdentitySettings } from '../identity-settings';
import { userIdByKey } from '../user-keys';
import { hashPasswordResetToken, newPasswordResetToken } from './password-reset-token';
import { RequestPasswordResetCommand } from './request-password-reset.command';

/**
 * Accepts the request and does the work after the answer: look the email up, record the request (only
 * the token's hash) and mail the token. So known and unknown emails answer alike, in the same time, and
 * nothing about the account shows. Suspended, inactive and unknown accounts get no mail; failures are logged.
 */
@CommandHandler(RequestPasswordResetCommand)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordResetCommand>, BeforeApplicationShutdown {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    @Inject(IDENTITY_LOGGER) private readonly logger: IdentityLogger,
  ) {}

  async execute(c: RequestPasswordResetCommand): Promise<void> {
    const work: Promise<void> = this.sendResetMail(c.email)
      .catch((error: Error) => this.logger.error('password reset request failed', { error: error.message }))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** Requests accepted before a shutdown still get their mail (the mailer closes after this). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async sendResetMail(address: string): Promise<void> {
    const userId = await userIdByKey(this.store, 'email', address);
    if (!userId) return;
    const token = newPasswordResetToken(userId);
    const metadata = this.store.commandMetadata();
    let email: string;
    try {
      const result = await this.store.execute(userStreamId(userId), userDecider, {
        type: 'RequestPasswordReset',
        data: { tokenHash: hashPasswordResetToken(token), expiresAt: addSeconds(metadata.now, this.settings.passwordResetTtlSeconds) },
        metadata,
      });
      email = result.state.email;
    } catch (error) {
      if (error instanceof DomainError) return; // suspended, inactive or deleted: no mail, same answer
      throw error;
    }
    const minutes = Math.max(1, Math.round(this.settings.passwordResetTtlSeconds / 60));
    const link = `${this.settings.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to: email,
      subject: 'Reset your Candor password',
      text:
        'Someone (hopefully you) asked to reset the password of your Candor account.\n\n' +
        `Open ${link}\nor send this token to POST /auth/reset-password:\n\n${token}\n\n` +
        `It works once, within ${minutes} minute(s). If you did not ask for it, ignore this mail.\n`,
    });
  }
}
