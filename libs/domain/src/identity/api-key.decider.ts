import { DomainError } from '../shared/domain-error';
import { assertNever, Decider } from '../shared/decider';
import { IdentityCommand, millis } from './identity.types';
import { ApiKeyEvent } from './api-key.events';

export type CreateApiKey = IdentityCommand<
  'CreateApiKey',
  {
    readonly keyId: string;
    readonly userId: string;
    readonly name: string;
    readonly publicKey: string;
    readonly secretHash: string;
    /** API_KEYS_MAX_ACTIVE: active keys a user may hold at once. */
    readonly maxActive: number;
  }
>;

export type DeactivateApiKey = IdentityCommand<'DeactivateApiKey', { readonly keyId: string }>;

/**
 * Deactivates every active key created at or before `createdUpTo`: an account claim revokes what the earlier
 * holder of the account set up, not the keys its owner created since (the reaction may run after those).
 */
export type DeactivateAllApiKeys = IdentityCommand<'DeactivateAllApiKeys', { readonly createdUpTo: string }>;

export type ApiKeyCommand = CreateApiKey | DeactivateApiKey | DeactivateAllApiKeys;

export interface ApiKeyRingState {
  readonly userId: string | null;
  readonly keys: readonly { readonly keyId: string; readonly active: boolean; readonly createdAt: string }[];
}

const MAX_NAME = 100;

export const ApiKeyErrors = {
  notFound: () => new DomainError('API_KEY.NOT_FOUND', 'API key not found', 'not_found'),
  limitReached: (max: number) =>
    new DomainError('API_KEY.LIMIT_REACHED', `Maximum number of API keys reached (${max} active keys); deactivate one first`, 'limit'),
  invalidName: () => new DomainError('API_KEY.INVALID', `name: 1 to ${MAX_NAME} characters`, 'invalid', { field: 'name' }),
  invalid: () => new DomainError('API_KEY.INVALID_CREDENTIALS', 'Invalid or inactive API key', 'unauthorized'),
};

export function decideApiKey(command: ApiKeyCommand, state: ApiKeyRingState): ApiKeyEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'CreateApiKey': {
      const d = command.data;
      const name = d.name.trim();
      if (!name || name.length > MAX_NAME) throw ApiKeyErrors.invalidName();
      if (state.keys.some((k) => k.keyId === d.keyId)) return [];
      if (state.keys.filter((k) => k.active).length >= d.maxActive) throw ApiKeyErrors.limitReached(d.maxActive);
      return [
        {
          type: 'ApiKeyCreated',
          data: { keyId: d.keyId, userId: d.userId, name, publicKey: d.publicKey, secretHash: d.secretHash, createdAt: now },
        },
      ];
    }
    case 'DeactivateApiKey': {
      const key = state.keys.find((k) => k.keyId === command.data.keyId);
      if (!key) throw ApiKeyErrors.notFound();
      if (!key.active) return [];
      return [{ type: 'ApiKeyDeactivated', data: { keyId: key.keyId, userId: state.userId ?? '', deactivatedAt: now } }];
    }
    case 'DeactivateAllApiKeys': {
      const upTo = millis(command.data.createdUpTo);
      return state.keys
        .filter((k) => k.active && millis(k.createdAt) <= upTo)
        .map((k) => ({ type: 'ApiKeyDeactivated', data: { keyId: k.keyId, userId: state.userId ?? '', deactivatedAt: now } }));
    }
    default:
      return assertNever(command);
  }
}

export function evolveApiKey(state: ApiKeyRingState, event: ApiKeyEvent): ApiKeyRingState {
  switch (event.type) {
    case 'ApiKeyCreated':
      return { userId: event.data.userId, keys: [...state.keys, { keyId: event.data.keyId, active: true, createdAt: event.data.createdAt }] };
    case 'ApiKeyDeactivated':
      return { ...state, keys: state.keys.map((k) => (k.keyId === event.data.keyId ? { ...k, active: false } : k)) };
    default:
      return assertNever(event);
  }
}

export const apiKeyDecider: Decider<ApiKeyRingState, ApiKeyCommand, ApiKeyEvent> = {
  initialState: () => ({ userId: null, keys: [] }),
  decide: decideApiKey,
  evolve: evolveApiKey,
};
