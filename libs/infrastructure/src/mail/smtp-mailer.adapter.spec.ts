import { LocalSmtpServer } from '../testing/local-smtp-server';
import { SmtpMailer } from './smtp-mailer.adapter';

describe('SmtpMailer (against a local SMTP server)', () => {
  let smtp: LocalSmtpServer;
  beforeEach(async () => {
    smtp = await LocalSmtpServer.start();
  });
  afterEach(async () => smtp.stop());

  it('delivers the mail over SMTP with the configured sender, authenticating with the URL credentials', async () => {
    const mailer = new SmtpMailer(`smtp://mailer:s3cret@127.0.0.1:${smtp.port}`, 'Candor <no-reply@candor.test>');
    await mailer.send({ to: 'jane@example.com', subject: 'Reset your password', text: 'Token: abc.def\n.leading dot line' });
    await mailer.close();

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.from).toBe('no-reply@candor.test');
    expect(mail.to).toEqual(['jane@example.com']);
    expect(mail.auth).toBe('mailer:s3cret');
    expect(mail.data).toMatch(/^Subject: Reset your password$/m);
    expect(mail.data).toMatch(/^To: jane@example\.com$/m);
    expect(mail.data).toContain('Token: abc.def');
    expect(mail.data).toContain('.leading dot line');
  });

  it('never reports the credentials of SMTP_URL', () => {
    const mailer = new SmtpMailer(`smtp://mailer:s3cret@127.0.0.1:${smtp.port}`, 'x@candor.test');
    expect(JSON.stringify(mailer.describe())).not.toContain('s3cret');
    expect(mailer.describe()).toEqual({ adapter: 'smtp', detail: `smtp://127.0.0.1:${smtp.port}` });
  });

  it('rejects when the server is unreachable', async () => {
    const port = smtp.port;
    await smtp.stop();
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${port}`, 'x@candor.test');
    await expect(mailer.send({ to: 'a@b.io', subject: 's', text: 't' })).rejects.toThrow();
    smtp = await LocalSmtpServer.start();
  });
});
