import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';

/** Each test app's DATA_DIR by URL, so helpers given only a URL can read the mails it wrote. */
export const DATA_DIR_BY_URL = new Map<string, string>();

/** The `.eml` mails under DATA_DIR/outbox addressed to `to`, decoded from quoted-printable. */
export function mailsTo(dataDir: string, to: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(join(dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files
    .map((f) => readFileSync(join(dataDir, 'outbox', f), 'utf8'))
    .map((raw) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .filter((mail) => mail.toLowerCase().includes(`to: ${to.toLowerCase()}`));
}

const TOKEN = /token=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43})/;

/** The token of the newest verification link mailed to `to` (mail is sent just after the registration answers). */
export async function verificationTokenMailedTo(dataDir: string, to: string, skip = 0): Promise<string> {
  for (let i = 0; i < 200; i += 1) {
    const tokens = mailsTo(dataDir, to)
      .filter((mail) => mail.includes('/auth/verify-email?token='))
      .map((mail) => TOKEN.exec(mail)?.[1])
      .filter((token): token is string => !!token);
    if (tokens.length > skip) return tokens[tokens.length - 1];
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no verification mail to ${to}`);
}

/** The tokens of the account-claim links mailed to `to` (a registration with an address nobody has proved sends one). */
export async function claimTokensMailedTo(dataDir: string, to: string, atLeast = 1): Promise<string[]> {
  for (let i = 0; ; i += 1) {
    const tokens = mailsTo(dataDir, to)
      .filter((mail) => mail.includes('Subject: Someone registered a Candor account with your address'))
      .map((mail) => TOKEN.exec(mail)?.[1])
      .filter((token): token is string => !!token);
    if (tokens.length >= atLeast || i >= 200) return tokens;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens the verification link mailed to `email`, as its owner would (no-op for an app this process did not start). */
export async function verifyMailbox(url: string, email: string): Promise<void> {
  const dataDir = DATA_DIR_BY_URL.get(url);
  if (!dataDir) return;
  const token = await verificationTokenMailedTo(dataDir, email);
  await request(url).post('/auth/verify-email').send({ token }).expect(200);
}
