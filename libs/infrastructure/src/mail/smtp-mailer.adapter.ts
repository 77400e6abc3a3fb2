import nodemailer, { Transporter } from 'nodemailer';
import { MailMessage, Mailer } from '@candor/application';

/** Delivers through the SMTP server of SMTP_URL (`smtp://user:pass@host:587`, `smtps://…` for implicit TLS). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  private readonly target: string;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const url = new URL(smtpUrl);
    // Never report credentials (they are in the URL) in /health or logs.
    this.target = `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
  }

  describe(): { adapter: string; detail?: string } {
    return { adapter: 'smtp', detail: this.target };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
