import { RecordedEvent } from '@candor/contracts';
import { FaceImageSubmitted, IdentityDocumentSubmitted, VerificationStatus } from '@candor/domain';
import { ProjectedDocument, Projection } from '../projections/projection';

/** One verification: the identity document's checks, the face image's, and the status they lead to. */
export interface VerificationDocument extends ProjectedDocument {
  verificationId: string;
  userId: string;
  status: VerificationStatus;
  documentType: string | null;
  declaredName: string | null;
  document: IdentityDocumentSubmitted['data'] | null;
  face: FaceImageSubmitted['data'] | null;
  createdAt: string;
  updatedAt: string;
}

export const VERIFICATIONS_COLLECTION = 'identity_verifications';

export const verificationsProjection: Projection<VerificationDocument> = {
  name: 'identity-verifications',
  collection: VERIFICATIONS_COLLECTION,
  eventTypes: ['IdentityDocumentSubmitted', 'FaceImageSubmitted'],
  indexes: [{ keys: { userId: 1, createdAt: -1 } }],
  documentIds: (event: RecordedEvent) => [(event.data as { verificationId: string }).verificationId],
  evolve(doc, event) {
    if (event.type === 'IdentityDocumentSubmitted') {
      const d = event.data as unknown as IdentityDocumentSubmitted['data'];
      return {
        ...(doc ?? { _id: d.verificationId, verificationId: d.verificationId, userId: d.userId, face: null, createdAt: d.submittedAt }),
        status: d.status,
        documentType: d.documentType,
        declaredName: d.declaredName,
        document: d,
        updatedAt: d.submittedAt,
      };
    }
    if (event.type === 'FaceImageSubmitted') {
      const d = event.data as unknown as FaceImageSubmitted['data'];
      const base = doc ?? { _id: d.verificationId, verificationId: d.verificationId, userId: d.userId, documentType: null, declaredName: null, document: null, createdAt: d.submittedAt };
      return { ...base, status: d.status, face: d, updatedAt: d.submittedAt };
    }
    return doc;
  },
};
