import { givenWhenThen, historyOf } from '@candor/testing';
import { VerificationCommand, verificationDecider } from './verification.decider';
import { VerificationEvent, VerificationImage } from './verification.events';

const metadata = { now: '2026-01-01T00:00:00.000Z' };
const image = (over: Partial<VerificationImage> = {}): VerificationImage => ({
  fileName: 'doc.png',
  detectedType: 'image/png',
  sizeBytes: 50_000,
  sha256: 'a'.repeat(64),
  storageKey: 'verifications/v/document',
  width: 1200,
  height: 800,
  ...over,
});
const submitDocument = (document: VerificationImage, declaredName: string | null = null): VerificationCommand => ({
  type: 'SubmitIdentityDocument',
  metadata,
  data: { verificationId: 'v', userId: 'u', accountName: 'Jane Doe', declaredName, documentType: 'passport', document },
});
const submitFace = (userId: string, sha256: string, verificationId = 'v'): VerificationCommand => ({
  type: 'SubmitFaceImage',
  metadata,
  data: { verificationId, userId, face: image({ sha256, width: 400, height: 400 }) },
});

/** The one event decided, matched on its type, status and (when given) the checks run, by name and outcome. */
const decided = (type: VerificationEvent['type'], status: string, checks?: Record<string, boolean>) => [
  expect.objectContaining({
    type,
    data: expect.objectContaining({
      status,
      ...(checks ? { checks: Object.entries(checks).map(([name, passed]) => expect.objectContaining({ name, passed })) } : {}),
    }),
  }),
];

const given = givenWhenThen(verificationDecider);
/** The history of a document that passed every check (what `submitDocument(image())` decides). */
const documentUnderReview = (): VerificationEvent[] => historyOf(verificationDecider, [submitDocument(image())]);
const faceAccepted = (): VerificationEvent[] => historyOf(verificationDecider, [submitFace('u', 'b'.repeat(64))], documentUnderReview());

describe('verification decider', () => {
  it.each<[string, () => VerificationEvent[], VerificationCommand, ReturnType<typeof decided>]>([
    [
      'puts a document that passes every check in pending_review, never verified',
      () => [],
      submitDocument(image(), 'DOE, jane'),
      decided('IdentityDocumentSubmitted', 'pending_review', { file_type: true, file_size: true, image_dimensions: true, name_match: true }),
    ],
    [
      'rejects an image too small, naming the failed check',
      () => [],
      submitDocument(image({ width: 300, height: 200 })),
      decided('IdentityDocumentSubmitted', 'rejected', { file_type: true, file_size: true, image_dimensions: false }),
    ],
    ['rejects a file too small to be a document', () => [], submitDocument(image({ sizeBytes: 10 })), decided('IdentityDocumentSubmitted', 'rejected')],
    ['rejects a declared name that is not the account’s', () => [], submitDocument(image(), 'John Smith'), decided('IdentityDocumentSubmitted', 'rejected')],
    [
      'does not check the pixel size of a PDF (it has none)',
      () => [],
      submitDocument(image({ detectedType: 'application/pdf', width: null, height: null })),
      decided('IdentityDocumentSubmitted', 'pending_review'),
    ],
    ['rejects a face image identical to the document', documentUnderReview, submitFace('u', 'a'.repeat(64)), decided('FaceImageSubmitted', 'rejected')],
    ['adds a face image to the owner’s verification under review', documentUnderReview, submitFace('u', 'b'.repeat(64)), decided('FaceImageSubmitted', 'pending_review')],
    [
      'takes a face image on its own as a new verification',
      () => [],
      submitFace('u', 'a'.repeat(64), 'w'),
      decided('FaceImageSubmitted', 'pending_review', { file_type: true, file_size: true, image_dimensions: true }),
    ],
  ])('%s', (_name, history, command, expected) => {
    given(history()).when(command).then(expected);
  });

  it.each<[string, () => VerificationEvent[], VerificationCommand, string, 'forbidden' | 'conflict' | 'invalid']>([
    // The contract's "wrong type" (400): a file that is no image or PDF by its bytes, or a PDF as a face.
    ['refuses a document of no known image or PDF type', () => [], submitDocument(image({ detectedType: null })), 'VERIFICATION.UNSUPPORTED_TYPE', 'invalid'],
    [
      'refuses a PDF as a face image',
      () => [],
      { type: 'SubmitFaceImage', metadata, data: { verificationId: 'w', userId: 'u', face: image({ detectedType: 'application/pdf', width: null, height: null }) } },
      'VERIFICATION.UNSUPPORTED_TYPE',
      'invalid',
    ],
    ['refuses a face image for someone else’s verification', documentUnderReview, submitFace('someone-else', 'b'.repeat(64)), 'VERIFICATION.FORBIDDEN', 'forbidden'],
    ['refuses a second face image', faceAccepted, submitFace('u', 'c'.repeat(64)), 'VERIFICATION.FACE_ALREADY_SUBMITTED', 'conflict'],
  ])('%s', (_name, history, command, code, kind) => {
    given(history()).when(command).thenThrows(code, kind);
  });
});
