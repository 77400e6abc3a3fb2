import { VerificationImage } from '@candor/domain';
import { Storage } from '../../ports/storage.port';
import { captureHead } from '../../uploads/head-capture';
import { readImageHeader } from '../../uploads/image-header';

export interface VerificationUpload {
  readonly fileName: string;
  readonly contentType: string;
  /** The file's bytes as they arrive (never buffered whole). */
  readonly content: AsyncIterable<Buffer | Uint8Array | string>;
}

/** Past this the upload is refused outright (413); smaller sizes are judged by the checks. */
export const VERIFICATION_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** A JPEG's start-of-frame may sit after large EXIF blocks: keep enough of the head to reach it. */
const HEAD_BYTES = 256 * 1024;

/** Streams the file to storage and reads what its bytes say: type by signature, pixel size from the header. */
export async function storeVerificationImage(storage: Storage, key: string, upload: VerificationUpload): Promise<VerificationImage> {
  const head = { bytes: Buffer.alloc(0) };
  const stored = await storage.put(key, captureHead(upload.content, head, HEAD_BYTES), {
    contentType: 'application/octet-stream',
    maxBytes: VERIFICATION_UPLOAD_MAX_BYTES,
  });
  const header = readImageHeader(head.bytes);
  const isPdf = head.bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  return {
    fileName: (upload.fileName ?? '').split(/[\\/]/).pop()?.replace(/[^\w .()-]/g, '_').slice(0, 200) || 'upload',
    detectedType: isPdf ? 'application/pdf' : header.type,
    sizeBytes: stored.size,
    sha256: stored.sha256,
    storageKey: stored.key,
    width: header.width,
    height: header.height,
  };
}
