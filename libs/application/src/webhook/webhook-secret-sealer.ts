import { Inject, Injectable } from '@nestjs/common';
import { decryptValue, encryptValue, isEncrypted, keyIdOf } from '../erasure/field-cipher';
import { PERSON_KEY_STORE, PersonKeyStore } from '../ports/person-key-store.port';

/** The key-store owner of a webhook's key: one key per webhook, destroyed when the webhook is deleted. */
export function webhookKeyOwner(webhookId: string): string {
  return `webhook-${webhookId}`;
}

/**
 * Keeps webhook signing secrets out of the event log: a secret is sealed (AES-256-GCM, field-cipher.ts) with
 * a key of its own webhook, held by the key store beside the erasure keys (outside the log), so neither the log,
 * its audit exports nor a copy of the event store can sign a delivery. Secrets stored in clear by webhooks
 * created before this read as they are.
 */
@Injectable()
export class WebhookSecretSealer {
  constructor(@Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore) {}

  async seal(webhookId: string, secret: string): Promise<string> {
    const { keyId, key } = await this.keys.currentKey(webhookKeyOwner(webhookId));
    return encryptValue(secret, keyId, key);
  }

  /** The secret; null when its key is gone (the webhook was deleted) or the sealed text was altered. */
  async open(stored: string | null): Promise<string | null> {
    if (stored === null) return null;
    if (!isEncrypted(stored)) return stored;
    const key = await this.keys.keyById(keyIdOf(stored));
    if (!key) return null;
    try {
      const secret = decryptValue(stored, key);
      return typeof secret === 'string' ? secret : null;
    } catch {
      return null;
    }
  }

  /** Makes the webhook's sealed secret unreadable for good. */
  async destroy(webhookId: string): Promise<void> {
    await this.keys.destroyPerson(webhookKeyOwner(webhookId));
  }
}
