import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { MailMessage, Mailer } from '@candor/application';

/**
 * Without SMTP_URL each mail becomes an RFC 5322 `.eml` file under `<DATA_DIR>/outbox/` (any mail client
 * opens it). Written to a temporary name and renamed, so a reader never sees half a mail.
 */
export class OutboxMailer implements Mailer {
  readonly directory: string;

  constructor(
    dataDir: string,
    private readonly from: string,
  ) {
    this.directory = join(dataDir, 'outbox');
  }

  async send(message: MailMessage): Promise<void> {
    const date = new Date();
    const id = randomUUID();
    const raw = await new MailComposer({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      date,
      messageId: `<${id}@candor.outbox>`,
    })
      .compile()
      .build();
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const name = `${date.toISOString().replace(/[:.]/g, '-')}-${id}.eml`;
    const temporary = join(this.directory, `.${name}.tmp`);
    await writeFile(temporary, raw, { mode: 0o600 });
    await rename(temporary, join(this.directory, name));
  }

  describe(): { adapter: string; detail?: string } {
    return { adapter: 'outbox', detail: this.directory };
  }

  async close(): Promise<void> {}
}
