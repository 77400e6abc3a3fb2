import { assertNever, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { CommandMetadata } from '../shared/event';
import { VerificationCheck, VerificationEvent, VerificationImage, VerificationStatus } from './verification.events';

/**
 * Identity verification with the checks a server can honestly make on its own: the file really is a JPEG, PNG
 * (or, for a document, a PDF) by its signature, its size, its pixel dimensions (from the header), and the name typed
 * on submission against the account's name. No OCR and no biometric comparison is done, so a submission that passes
 * every check is `pending_review` (a person must look at it), never `verified`; one that fails a check is `rejected`.
 */
export type SubmitIdentityDocument = {
  readonly type: 'SubmitIdentityDocument';
  readonly metadata: CommandMetadata;
  readonly data: {
    verificationId: string;
    userId: string;
    accountName: string | null;
    declaredName: string | null;
    documentType: string;
    document: VerificationImage;
  };
};
/** A face image, either on its own (a new verification) or added to an earlier identity document's verification. */
export type SubmitFaceImage = {
  readonly type: 'SubmitFaceImage';
  readonly metadata: CommandMetadata;
  readonly data: { verificationId: string; userId: string; face: VerificationImage };
};
export type VerificationCommand = SubmitIdentityDocument | SubmitFaceImage;

export interface VerificationState {
  readonly exists: boolean;
  readonly userId: string | null;
  readonly status: VerificationStatus;
  readonly documentSha256: string | null;
  readonly faceSubmitted: boolean;
}

export const VERIFICATION_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  minBytes: 1024,
  document: { minWidth: 600, minHeight: 400 },
  face: { minWidth: 200, minHeight: 200 },
  documentTypes: ['image/jpeg', 'image/png', 'application/pdf'] as readonly string[],
  faceTypes: ['image/jpeg', 'image/png'] as readonly string[],
};

export const VerificationErrors = {
  notFound: () => new DomainError('VERIFICATION.NOT_FOUND', 'Verification not found', 'not_found'),
  forbidden: () => new DomainError('VERIFICATION.FORBIDDEN', 'This verification belongs to another user', 'forbidden'),
  faceTaken: () => new DomainError('VERIFICATION.FACE_ALREADY_SUBMITTED', 'A face image was already submitted for this verification', 'conflict'),
  /** The contract's "wrong type": refused outright (400), unlike a readable image that fails a check (rejected). */
  unsupportedType: (what: string, types: readonly string[]) =>
    new DomainError('VERIFICATION.UNSUPPORTED_TYPE', `The ${what} is not one of ${types.join(', ')} (judged by the file's content)`, 'invalid', { field: what }),
  notUnderReview: (status: VerificationStatus) =>
    new DomainError('VERIFICATION.NOT_UNDER_REVIEW', `The verification is ${status}: a face image is only added while it is pending_review`, 'conflict'),
};

export function imageChecks(
  image: VerificationImage,
  min: { minWidth: number; minHeight: number },
  types: readonly string[],
): VerificationCheck[] {
  const typeOk = image.detectedType !== null && types.includes(image.detectedType);
  const sizeOk = image.sizeBytes >= VERIFICATION_LIMITS.minBytes && image.sizeBytes <= VERIFICATION_LIMITS.maxBytes;
  const isPdf = image.detectedType === 'application/pdf';
  const dimsOk =
    isPdf ||
    (image.width !== null &&
      image.height !== null &&
      Math.max(image.width, image.height) >= Math.max(min.minWidth, min.minHeight) &&
      Math.min(image.width, image.height) >= Math.min(min.minWidth, min.minHeight));
  return [
    {
      name: 'file_type',
      passed: typeOk,
      detail: typeOk ? `${image.detectedType} recognised from its signature` : `not one of ${types.join(', ')} (by the file's signature)`,
    },
    {
      name: 'file_size',
      passed: sizeOk,
      detail: `${image.sizeBytes} bytes (accepted ${VERIFICATION_LIMITS.minBytes}–${VERIFICATION_LIMITS.maxBytes})`,
    },
    {
      name: 'image_dimensions',
      passed: dimsOk,
      detail: isPdf
        ? 'a PDF has no pixel dimensions: not checked'
        : image.width === null
          ? 'dimensions could not be read from the header'
          : `${image.width}x${image.height} px (at least ${min.minWidth}x${min.minHeight} required)`,
    },
  ];
}

function assertType(image: VerificationImage, what: string, types: readonly string[]): void {
  if (image.detectedType === null || !types.includes(image.detectedType)) throw VerificationErrors.unsupportedType(what, types);
}

/** Names compare on their letters only, case- and accent-insensitively, in any order ("DOE, Jane" = "Jane Doe"). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .sort();
}

export function nameCheck(declared: string, account: string): VerificationCheck {
  const a = nameTokens(declared).join(' ');
  const b = nameTokens(account).join(' ');
  const passed = a.length > 0 && a === b;
  return { name: 'name_match', passed, detail: passed ? 'the declared name matches the account name' : `the declared name does not match the account name "${account}"` };
}

const statusOf = (checks: readonly VerificationCheck[]): VerificationStatus => (checks.every((c) => c.passed) ? 'pending_review' : 'rejected');

export function decideVerification(command: VerificationCommand, state: VerificationState): VerificationEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'SubmitIdentityDocument': {
      const d = command.data;
      assertType(d.document, 'document', VERIFICATION_LIMITS.documentTypes);
      const checks = [...imageChecks(d.document, VERIFICATION_LIMITS.document, VERIFICATION_LIMITS.documentTypes)];
      // The name is compared only when both are known: an account without a name cannot be matched against.
      if (d.declaredName && d.accountName) checks.push(nameCheck(d.declaredName, d.accountName));
      return [
        {
          type: 'IdentityDocumentSubmitted',
          data: {
            verificationId: d.verificationId,
            userId: d.userId,
            documentType: d.documentType,
            declaredName: d.declaredName,
            document: d.document,
            checks,
            status: statusOf(checks),
            submittedAt: now,
          },
        },
      ];
    }
    case 'SubmitFaceImage': {
      const face = command.data.face;
      assertType(face, 'image', VERIFICATION_LIMITS.faceTypes);
      const checks: VerificationCheck[] = [...imageChecks(face, VERIFICATION_LIMITS.face, VERIFICATION_LIMITS.faceTypes)];
      if (state.exists) {
        if (state.userId !== command.data.userId) throw VerificationErrors.forbidden();
        if (state.faceSubmitted) throw VerificationErrors.faceTaken();
        if (state.status !== 'pending_review') throw VerificationErrors.notUnderReview(state.status);
        const distinct = face.sha256 !== state.documentSha256;
        checks.push({ name: 'distinct_images', passed: distinct, detail: distinct ? 'the face image differs from the document' : 'the face image is the document itself' });
      }
      return [
        {
          type: 'FaceImageSubmitted',
          data: { verificationId: command.data.verificationId, userId: command.data.userId, face, checks, status: statusOf(checks), submittedAt: now },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export function evolveVerification(state: VerificationState, event: VerificationEvent): VerificationState {
  switch (event.type) {
    case 'IdentityDocumentSubmitted':
      return { exists: true, userId: event.data.userId, status: event.data.status, documentSha256: event.data.document.sha256, faceSubmitted: false };
    case 'FaceImageSubmitted':
      return { ...state, exists: true, userId: event.data.userId, status: event.data.status, faceSubmitted: true };
    default:
      return assertNever(event);
  }
}

export const verificationDecider: Decider<VerificationState, VerificationCommand, VerificationEvent> = {
  initialState: () => ({ exists: false, userId: null, status: 'pending_review', documentSha256: null, faceSubmitted: false }),
  decide: decideVerification,
  evolve: evolveVerification,
};
