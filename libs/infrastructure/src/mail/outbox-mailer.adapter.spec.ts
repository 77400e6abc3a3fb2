import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailer } from './mailer.factory';
import { OutboxMailer } from './outbox-mailer.adapter';
import { SmtpMailer } from './smtp-mailer.adapter';

describe('OutboxMailer', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'candor-outbox-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes each mail as an RFC 5322 .eml file under <DATA_DIR>/outbox/', async () => {
    const mailer = new OutboxMailer(dataDir, 'Candor <no-reply@candor.test>');
    await mailer.send({ to: 'jane@example.com', subject: 'Reset your password', text: 'Token: abc.def' });
    await mailer.send({ to: 'joe@example.com', subject: 'Second', text: 'Two' });

    const files = readdirSync(join(dataDir, 'outbox')).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
    const first = files.map((f) => readFileSync(join(dataDir, 'outbox', f), 'utf8')).find((m) => m.includes('jane@example.com')) as string;
    expect(first).toMatch(/^From: Candor <no-reply@candor\.test>\r$/m);
    expect(first).toMatch(/^To: jane@example\.com\r$/m);
    expect(first).toMatch(/^Subject: Reset your password\r$/m);
    expect(first).toMatch(/^Date: /m);
    expect(first).toMatch(/^Message-ID: </m);
    expect(first).toContain('Token: abc.def');
    expect(mailer.describe()).toEqual({ adapter: 'outbox', detail: join(dataDir, 'outbox') });
  });

  it('is what the factory picks without SMTP_URL; SMTP with it', () => {
    expect(createMailer({ smtpUrl: null, mailFrom: 'x@candor.test', dataDir })).toBeInstanceOf(OutboxMailer);
    expect(createMailer({ smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'x@candor.test', dataDir })).toBeInstanceOf(SmtpMailer);
  });
});
