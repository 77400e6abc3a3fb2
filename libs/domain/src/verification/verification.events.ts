import { DomainEvent } from '../shared/event';

/** What the server could read of an uploaded image: its container type, size and pixel dimensions from the header. */
export interface VerificationImage {
  readonly fileName: string;
  /** Detected from the bytes (`image/jpeg`, `image/png`, `application/pdf`), never from the client's claim; null when unrecognised. */
  readonly detectedType: string | null;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
  readonly width: number | null;
  readonly height: number | null;
}

export interface VerificationCheck {
  readonly name: 'file_type' | 'file_size' | 'image_dimensions' | 'name_match' | 'distinct_images' | 'document_present';
  readonly passed: boolean;
  readonly detail: string;
}

/**
 * `pending_review`: every automatic check passed and a person must still look at it (the server does no OCR and no
 * biometric matching, so it never claims `verified` on its own); `rejected`: an automatic check failed.
 */
export type VerificationStatus = 'pending_review' | 'rejected';

export type IdentityDocumentSubmitted = DomainEvent<
  'IdentityDocumentSubmitted',
  {
    readonly verificationId: string;
    readonly userId: string;
    readonly documentType: string;
    readonly declaredName: string | null;
    readonly document: VerificationImage;
    readonly checks: readonly VerificationCheck[];
    readonly status: VerificationStatus;
    readonly submittedAt: string;
  }
>;

export type FaceImageSubmitted = DomainEvent<
  'FaceImageSubmitted',
  {
    readonly verificationId: string;
    readonly userId: string;
    readonly face: VerificationImage;
    readonly checks: readonly VerificationCheck[];
    readonly status: VerificationStatus;
    readonly submittedAt: string;
  }
>;

export type VerificationEvent = IdentityDocumentSubmitted | FaceImageSubmitted;

export function verificationStreamId(verificationId: string): string {
  return `verification-${verificationId}`;
}
