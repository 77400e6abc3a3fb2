import { Mailer } from '@candor/application';
import { OutboxMailer } from './outbox-mailer.adapter';
import { SmtpMailer } from './smtp-mailer.adapter';

/** SMTP when SMTP_URL is set, else `.eml` files under `$DATA_DIR/outbox/` (CONTRACTS.md, "Identity"). */
export function createMailer(config: { smtpUrl: string | null; mailFrom: string; dataDir: string }): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new OutboxMailer(config.dataDir, config.mailFrom);
}
