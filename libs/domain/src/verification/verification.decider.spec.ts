import { decideVerification, evolveVerification, verificationDecider, VerificationState } from './verification.decider';
import { VerificationImage } from './verification.events';

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
const submitDocument = (document: VerificationImage, declaredName: string | null = null) =>
  decideVerification(
    { type: 'SubmitIdentityDocument', metadata, data: { verificationId: 'v', userId: 'u', accountName: 'Jane Doe', declaredName, documentType: 'passport', document } },
    verificationDecider.initialState(),
  );

describe('verification decider', () => {
  it('puts a document that passes every check in pending_review, never verified', () => {
    const [event] = submitDocument(image(), 'DOE, jane');
    expect(event).toMatchObject({ type: 'IdentityDocumentSubmitted', data: { status: 'pending_review' } });
    expect(event.data.checks.map((c) => c.name)).toEqual(['file_type', 'file_size', 'image_dimensions', 'name_match']);
  });

  it('rejects on a failed check, with the failing check named', () => {
    expect(submitDocument(image({ detectedType: null }))[0].data.status).toBe('rejected');
    expect(submitDocument(image({ width: 300, height: 200 }))[0].data.checks.find((c) => c.name === 'image_dimensions')?.passed).toBe(false);
    expect(submitDocument(image({ sizeBytes: 10 }))[0].data.status).toBe('rejected');
    expect(submitDocument(image(), 'John Smith')[0].data.status).toBe('rejected');
    // A PDF has no pixel size: that check does not apply to it.
    expect(submitDocument(image({ detectedType: 'application/pdf', width: null, height: null }))[0].data.status).toBe('pending_review');
  });

  it('adds a face image only to the owner verification under review, once, and it must differ from the document', () => {
    const state: VerificationState = submitDocument(image()).reduce(evolveVerification, verificationDecider.initialState());
    const face = (userId: string, sha256: string, s = state) =>
      decideVerification({ type: 'SubmitFaceImage', metadata, data: { verificationId: 'v', userId, face: image({ sha256, width: 400, height: 400 }) } }, s);
    expect(() => face('someone-else', 'b'.repeat(64))).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(face('u', 'a'.repeat(64))[0].data.status).toBe('rejected');
    const accepted = face('u', 'b'.repeat(64));
    expect(accepted[0].data.status).toBe('pending_review');
    expect(() => face('u', 'c'.repeat(64), accepted.reduce(evolveVerification, state))).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('takes a face image on its own as a new verification', () => {
    const [event] = decideVerification(
      { type: 'SubmitFaceImage', metadata, data: { verificationId: 'w', userId: 'u', face: image({ width: 400, height: 400 }) } },
      verificationDecider.initialState(),
    );
    expect(event.data.status).toBe('pending_review');
    expect(event.data.checks.map((c) => c.name)).toEqual(['file_type', 'file_size', 'image_dimensions']);
  });
});
