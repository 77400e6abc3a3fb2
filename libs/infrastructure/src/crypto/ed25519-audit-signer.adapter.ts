import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AuditSigner } from '@candor/application';
import { writeKeyFile } from '../config/write-key-file';

export const DEV_AUDIT_KEY_FILE = 'audit-signing-key.pem';

/** Ed25519 signatures of audit checkpoints; the key never enters the event store. */
export class Ed25519AuditSigner implements AuditSigner {
  readonly algorithm = 'Ed25519' as const;
  readonly publicKeyPem: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 private key');
    this.publicKeyPem = createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString();
  }

  sign(payload: string): string {
    return sign(null, Buffer.from(payload, 'utf8'), this.privateKey).toString('base64');
  }
}

/** A PKCS#8 private key as PEM, or base64 of its DER. */
export function parseAuditSigningKey(text: string): KeyObject {
  const trimmed = text.trim();
  try {
    return trimmed.startsWith('-----BEGIN')
      ? createPrivateKey(trimmed)
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new Error(`AUDIT_SIGNING_KEY is not a readable Ed25519 private key (PKCS#8 PEM or base64 DER): ${(error as Error).message}`);
  }
}

/**
 * AUDIT_SIGNING_KEY when set. Without it: outside production a key generated once into DATA_DIR (mode 0600) and
 * reused at every start; in production the start fails, naming the variable.
 */
export function createAuditSigner(env: NodeJS.ProcessEnv, dataDir: string): Ed25519AuditSigner {
  if (env.AUDIT_SIGNING_KEY) return new Ed25519AuditSigner(parseAuditSigningKey(env.AUDIT_SIGNING_KEY));
  if (env.NODE_ENV === 'production') {
    throw new Error('AUDIT_SIGNING_KEY is required in production (an Ed25519 PKCS#8 private key): checkpoints cannot be signed with a development key');
  }
  const file = join(dataDir, DEV_AUDIT_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeKeyFile(file, privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { replace: false });
  }
  chmodSync(file, 0o600);
  return new Ed25519AuditSigner(parseAuditSigningKey(readFileSync(file, 'utf8')));
}
