import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApiKeyUsed, apiKeyUsageStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../commands/aggregate-store';
import { requestContext } from '../context/request-context';
import { READ_STORE, ReadStore } from '../ports/read-store.port';
import { AuthErrors } from './auth-errors';
import { AuthenticatedUser } from './authenticated-user';
import { API_KEY_CREDENTIALS_COLLECTION, ApiKeyCredentialDocument } from './projections/api-key-credentials.projection';
import { USERS_COLLECTION, UserDocument } from './projections/users.projection';
import { toAuthenticatedUser } from './to-authenticated-user';

const SECRET = /^sk_[A-Za-z0-9_-]{16,128}$/;
const PUBLIC = /^pk_[A-Za-z0-9_-]{16,128}$/;

/** SHA-256 (hex) of a key secret: what is stored and looked up, never the secret itself. */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * A claim deactivates the earlier holder's keys by a reaction on the log; until that has run (and for a key
 * whose deactivation failed), a key created before the account was claimed is refused here as well.
 */
function createdByEarlierHolder(key: ApiKeyCredentialDocument, user: UserDocument): boolean {
  if (!user.claimedAt) return false;
  return !key.createdAt || Date.parse(key.createdAt) <= Date.parse(user.claimedAt);
}

/**
 * Authenticates `Bearer sk_…` or `Bearer pk_…:sk_…`: an active key of an active user. Each accepted call
 * is recorded as an ApiKeyUsed event (usage count and last use come from those).
 */
@Injectable()
export class ApiKeyAuthenticator {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(AGGREGATE_STORE) private readonly aggregates: AggregateStore,
  ) {}

  /** True when the bearer credential looks like an API key rather than a JWT. */
  static looksLikeApiKey(credential: string): boolean {
    return credential.startsWith('sk_') || credential.startsWith('pk_');
  }

  async authenticate(credential: string): Promise<AuthenticatedUser> {
    const [first, second, extra] = credential.trim().split(':');
    const publicKey = second === undefined ? null : first;
    const secret = second === undefined ? first : second;
    if (extra !== undefined || !SECRET.test(secret ?? '') || (publicKey !== null && !PUBLIC.test(publicKey))) {
      throw AuthErrors.invalidApiKey();
    }
    const key = await this.store
      .collection<ApiKeyCredentialDocument>(API_KEY_CREDENTIALS_COLLECTION)
      .findOne({ secretHash: hashApiKeySecret(secret) });
    if (!key || !key.isActive || (publicKey !== null && publicKey !== key.publicKey)) throw AuthErrors.invalidApiKey();
    const user = await this.store.collection<UserDocument>(USERS_COLLECTION).findOne({ _id: key.userId });
    if (!user || user.status !== 'active' || createdByEarlierHolder(key, user)) throw AuthErrors.invalidApiKey();
    const used: ApiKeyUsed = {
      type: 'ApiKeyUsed',
      data: { keyId: key.keyId, userId: key.userId, usedAt: this.aggregates.commandMetadata().now },
    };
    // The key's bookkeeping, not the caller's write: outside the request context (the guard that authenticates runs
    // inside it), so it neither gives the answer an X-Log-Position nor takes the request's ids as its metadata.
    await requestContext.outside(() => this.aggregates.appendDecided(apiKeyUsageStreamId(key.keyId), [used], 'any'));
    return toAuthenticatedUser(user, 'api_key', { apiKeyId: key.keyId });
  }
}
