import { generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePublicKey } from '@candor/contracts';
import { createAuditSigner, DEV_AUDIT_KEY_FILE } from './ed25519-audit-signer.adapter';

describe('Ed25519 audit signer', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'candor-audit-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('in development generates a key into DATA_DIR with mode 0600 and reuses it at the next start', () => {
    const first = createAuditSigner({}, dir);
    const again = createAuditSigner({}, dir);

    expect(statSync(join(dir, DEV_AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(again.publicKeyPem).toBe(first.publicKeyPem);
    const signature = first.sign('payload');
    expect(verify(null, Buffer.from('payload'), parsePublicKey(first.publicKeyPem), Buffer.from(signature, 'base64'))).toBe(true);
  });

  it('uses AUDIT_SIGNING_KEY (PEM or base64 DER) and writes no file', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

    const fromPem = createAuditSigner({ AUDIT_SIGNING_KEY: pem, NODE_ENV: 'production' }, dir);
    const fromDer = createAuditSigner({ AUDIT_SIGNING_KEY: der }, dir);

    expect(fromPem.publicKeyPem).toBe(publicKey.export({ format: 'pem', type: 'spki' }).toString());
    expect(fromDer.publicKeyPem).toBe(fromPem.publicKeyPem);
    expect(() => readFileSync(join(dir, DEV_AUDIT_KEY_FILE))).toThrow();
  });

  it('refuses to start in production without a key, naming the variable, and refuses a key of another type', () => {
    expect(() => createAuditSigner({ NODE_ENV: 'production' }, dir)).toThrow(/AUDIT_SIGNING_KEY/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => createAuditSigner({ AUDIT_SIGNING_KEY: rsa }, dir)).toThrow(/Ed25519/);
    expect(() => createAuditSigner({ AUDIT_SIGNING_KEY: 'not a key' }, dir)).toThrow(/AUDIT_SIGNING_KEY/);
  });
});
