import { ApiKeyCreated, ApiKeyDeactivated } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** Internal: how the API-key strategy finds a key from its secret. No route reads this collection. */
export interface ApiKeyCredentialDocument extends ProjectedDocument {
  keyId: string;
  userId: string;
  publicKey: string;
  /** SHA-256 (hex) of the `sk_…` secret. */
  secretHash: string;
  isActive: boolean;
  /** Compared with the user's `claimedAt`: a key from before an account claim authenticates no more. */
  createdAt: string;
}

export const API_KEY_CREDENTIALS_COLLECTION = 'api_key_credentials';

type Event = ApiKeyCreated | ApiKeyDeactivated;

export const apiKeyCredentialsProjection: Projection<ApiKeyCredentialDocument> = {
  name: 'api-key-credentials',
  collection: API_KEY_CREDENTIALS_COLLECTION,
  eventTypes: ['ApiKeyCreated', 'ApiKeyDeactivated'],
  indexes: [{ keys: { secretHash: 1 }, unique: true }],
  documentIds: (event) => [(event.data as { keyId: string }).keyId],
  evolve(doc, recorded) {
    const event = recorded as unknown as Event;
    switch (event.type) {
      case 'ApiKeyCreated':
        return {
          _id: event.data.keyId,
          keyId: event.data.keyId,
          userId: event.data.userId,
          publicKey: event.data.publicKey,
          secretHash: event.data.secretHash,
          isActive: true,
          createdAt: event.data.createdAt,
        };
      case 'ApiKeyDeactivated':
        return doc && { ...doc, isActive: false };
    }
  },
};
