/** Signs the audit checkpoints with a key kept outside the event store (AUDIT_SIGNING_KEY). */
export interface AuditSigner {
  readonly algorithm: 'Ed25519';
  /** The public half, PEM (SubjectPublicKeyInfo), published with every checkpoint. */
  readonly publicKeyPem: string;
  /** Base64 signature of the UTF-8 bytes of `payload`. */
  sign(payload: string): string;
}

export const AUDIT_SIGNER = Symbol('AUDIT_SIGNER');
