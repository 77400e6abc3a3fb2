/** One outgoing mail, plain text with an optional HTML alternative. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

/** Delivers mail: SMTP when SMTP_URL is set, else an `.eml` file per mail under `$DATA_DIR/outbox/`. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** A short description for /health; never includes credentials. */
  describe(): { adapter: string; detail?: string };
  close(): Promise<void>;
}

export const MAILER = Symbol('MAILER');
