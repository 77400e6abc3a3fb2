import { createHash, randomBytes } from 'node:crypto';

/**
 * A reset token is `<userId>.<secret>`: the user id finds the stream, the secret proves the mail was read.
 * Only the SHA-256 of the whole token is stored (PasswordResetRequested), never the token.
 */
export function newPasswordResetToken(userId: string): string {
  return `${userId}.${randomBytes(32).toString('base64url')}`;
}

export function hashPasswordResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function userIdOfResetToken(token: string): string | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{20,100}$/i.exec(token.trim());
  return match ? match[1].toLowerCase() : null;
}
