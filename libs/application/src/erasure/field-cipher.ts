/** AES-256-GCM of one JSON value into a tagged string that names its key; what is stored in place of a personal field. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function encryptValue(value: unknown, keyId: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return `${PREFIX}${keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function keyIdOf(encrypted: string): string {
  const rest = encrypted.slice(PREFIX.length);
  return rest.slice(0, rest.indexOf(':'));
}

/** The value, or throws when the key is not the one it was sealed with or the text was altered. */
export function decryptValue(encrypted: string, key: Buffer): unknown {
  const keyId = keyIdOf(encrypted);
  const raw = Buffer.from(encrypted.slice(PREFIX.length + keyId.length + 1), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}
