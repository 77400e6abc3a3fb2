import { assertNever, TokenFamilyEvent, TokenFamilyRevocationReason } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** What the access-token verifier checks on every request: is this login (family) or this token revoked? */
export interface TokenFamilyDocument extends ProjectedDocument {
  familyId: string;
  userId: string;
  revoked: boolean;
  revokedReason: TokenFamilyRevocationReason | null;
  revokedAt: string | null;
  revokedAccessTokenIds: string[];
  startedAt: string;
  lastRotatedAt: string | null;
}

export const TOKEN_FAMILIES_COLLECTION = 'token_families';

export const tokenFamiliesProjection: Projection<TokenFamilyDocument> = {
  name: 'token-families',
  collection: TOKEN_FAMILIES_COLLECTION,
  eventTypes: ['TokenFamilyStarted', 'RefreshTokenRotated', 'TokenFamilyRevoked', 'AccessTokenRevoked'],
  indexes: [{ keys: { userId: 1 } }],
  documentIds: (event) => [(event.data as { familyId: string }).familyId],
  evolve(doc, recorded) {
    const event = recorded as unknown as TokenFamilyEvent;
    if (event.type === 'TokenFamilyStarted') {
      return {
        _id: event.data.familyId,
        familyId: event.data.familyId,
        userId: event.data.userId,
        revoked: false,
        revokedReason: null,
        revokedAt: null,
        revokedAccessTokenIds: [],
        startedAt: event.data.startedAt,
        lastRotatedAt: null,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'RefreshTokenRotated':
        return { ...doc, lastRotatedAt: event.data.rotatedAt };
      case 'TokenFamilyRevoked':
        return { ...doc, revoked: true, revokedReason: event.data.reason, revokedAt: event.data.revokedAt };
      case 'AccessTokenRevoked':
        return { ...doc, revokedAccessTokenIds: [...doc.revokedAccessTokenIds, event.data.accessTokenId] };
      default:
        return assertNever(event);
    }
  },
};
