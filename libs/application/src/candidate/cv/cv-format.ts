import { CandidateErrors, CvFormat } from '@candor/domain';

/** CVs are at most 10 MB (CONTRACTS.md "Uploads"). */
export const CV_MAX_BYTES = 10 * 1024 * 1024;

const BY_EXTENSION: Record<string, CvFormat> = { pdf: 'pdf', docx: 'docx', txt: 'txt', text: 'txt' };
const BY_MIME: Record<string, CvFormat> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'txt',
};
/** Types that say nothing about the content (clients send them for any file); the extension decides. */
const GENERIC_MIME = new Set(['application/octet-stream', 'binary/octet-stream', '']);

export const CV_CONTENT_TYPES: Record<CvFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

/** The format a file name and content type claim; both must agree when both are specific (400 otherwise). */
export function claimedCvFormat(fileName: string, contentType: string): CvFormat {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const byName = BY_EXTENSION[extension];
  const mime = contentType.toLowerCase().split(';')[0].trim();
  const byMime = BY_MIME[mime];
  if (!GENERIC_MIME.has(mime) && !byMime) throw unsupported(`content type ${mime}`);
  const format = byName ?? byMime;
  if (!format || (byName && byMime && byName !== byMime)) throw unsupported(`file ${fileName || '(unnamed)'} (${mime || 'no content type'})`);
  return format;
}

/** The bytes must match the claim: `%PDF-` for PDF, a ZIP header for DOCX, no NUL bytes in text. */
export function assertCvSignature(format: CvFormat, head: Buffer): void {
  const ok =
    format === 'pdf' ? head.subarray(0, 5).toString('latin1') === '%PDF-'
    : format === 'docx' ? head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    : !head.includes(0);
  if (!ok) throw unsupported(`content: the file is not a valid ${format.toUpperCase()}`);
}

function unsupported(what: string) {
  return CandidateErrors.unsupportedCv(`Unsupported CV ${what}; upload a PDF, DOCX or plain-text file`);
}
