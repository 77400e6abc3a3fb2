import { DomainEvent } from '../shared/event';

/**
 * A user's API keys, on one stream per user (`api-keys-<userId>`) so the active-key limit is decided
 * against every key of that user at once. The secret is shown once and only its SHA-256 is stored.
 */
export type ApiKeyCreated = DomainEvent<
  'ApiKeyCreated',
  {
    readonly keyId: string;
    readonly userId: string;
    readonly name: string;
    /** `pk_…`: public, shown in listings. */
    readonly publicKey: string;
    /** SHA-256 (hex) of the `sk_…` secret: high-entropy, so a fast hash is enough to make a leak useless. */
    readonly secretHash: string;
    readonly createdAt: string;
  }
>;

export type ApiKeyDeactivated = DomainEvent<
  'ApiKeyDeactivated',
  { readonly keyId: string; readonly userId: string; readonly deactivatedAt: string }
>;

/**
 * One authenticated call made with a key. Appended to the key's own usage stream (`api-key-usage-<keyId>`)
 * with no version expectation: uses are facts that never conflict and never block key management.
 */
export type ApiKeyUsed = DomainEvent<'ApiKeyUsed', { readonly keyId: string; readonly userId: string; readonly usedAt: string }>;

export type ApiKeyEvent = ApiKeyCreated | ApiKeyDeactivated;

export function apiKeysStreamId(userId: string): string {
  return `api-keys-${userId}`;
}

export function apiKeyUsageStreamId(keyId: string): string {
  return `api-key-usage-${keyId}`;
}
