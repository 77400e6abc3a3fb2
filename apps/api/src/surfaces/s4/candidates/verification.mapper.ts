import { VerificationDocument } from '@candor/application';
import { VerificationCheck, VerificationImage } from '@candor/domain';
import { VerificationResponseDto, VerifiedFileDto } from './verification.dto';

function toFile(image: VerificationImage, checks: readonly VerificationCheck[], submittedAt: string): VerifiedFileDto {
  return {
    file_name: image.fileName,
    detected_type: image.detectedType,
    size_bytes: image.sizeBytes,
    width: image.width,
    height: image.height,
    checks: checks.map((c) => ({ name: c.name, passed: c.passed, detail: c.detail })),
    submitted_at: submittedAt,
  };
}

export function toVerificationResponse(doc: VerificationDocument): VerificationResponseDto {
  const checks = [...(doc.document?.checks ?? []), ...(doc.face?.checks ?? [])];
  const failed = checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.detail}`);
  const reasons =
    failed.length > 0
      ? failed
      : [
          'all automatic checks passed; awaiting manual review (no OCR or face matching is done automatically)',
          ...(doc.document && !doc.face ? ['a face image may be added with POST /candidates/verify/face'] : []),
        ];
  return {
    verification_id: doc.verificationId,
    status: doc.status,
    document_type: doc.documentType,
    reasons,
    document: doc.document ? toFile(doc.document.document, doc.document.checks, doc.document.submittedAt) : null,
    face: doc.face ? toFile(doc.face.face, doc.face.checks, doc.face.submittedAt) : null,
    face_match: 'not_performed',
    created_at: doc.createdAt,
    updated_at: doc.updatedAt,
  };
}
