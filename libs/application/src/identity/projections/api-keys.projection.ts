import { ApiKeyCreated, ApiKeyDeactivated, ApiKeyUsed } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** A key as its owner lists it: never the secret, nor its hash (those are in ApiKeyCredentialDocument). */
export interface ApiKeyDocument extends ProjectedDocument {
  id: string;
  userId: string;
  name: string;
  publicKey: string;
  isActive: boolean;
  usageCount: number;
  createdAt: string;
  /** Orders keys created within the same millisecond. */
  createdPosition: string;
  lastUsedAt: string | null;
  deactivatedAt: string | null;
}

export const API_KEYS_COLLECTION = 'api_keys';

type Event = ApiKeyCreated | ApiKeyDeactivated | ApiKeyUsed;

export const apiKeysProjection: Projection<ApiKeyDocument> = {
  name: 'api-keys',
  collection: API_KEYS_COLLECTION,
  eventTypes: ['ApiKeyCreated', 'ApiKeyDeactivated', 'ApiKeyUsed'],
  indexes: [{ keys: { userId: 1, createdAt: -1 } }],
  documentIds: (event) => [(event.data as { keyId: string }).keyId],
  evolve(doc, recorded) {
    const event = recorded as unknown as Event;
    switch (event.type) {
      case 'ApiKeyCreated':
        return {
          _id: event.data.keyId,
          id: event.data.keyId,
          userId: event.data.userId,
          name: event.data.name,
          publicKey: event.data.publicKey,
          isActive: true,
          usageCount: 0,
          createdAt: event.data.createdAt,
          createdPosition: recorded.position,
          lastUsedAt: null,
          deactivatedAt: null,
        };
      case 'ApiKeyDeactivated':
        return doc && { ...doc, isActive: false, deactivatedAt: event.data.deactivatedAt };
      case 'ApiKeyUsed':
        return doc && { ...doc, usageCount: doc.usageCount + 1, lastUsedAt: event.data.usedAt };
    }
  },
};
