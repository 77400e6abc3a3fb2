import type { CvFormat } from '@candor/domain';

/** Reads the text of a stored document (PDF with poppler's pdftotext, DOCX, plain text). */
export interface DocumentTextExtractor {
  /** Throws DocumentTextError when the file cannot be read as that format. */
  extract(storageKey: string, format: CvFormat): Promise<string>;
}

export class DocumentTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentTextError';
  }
}

export const DOCUMENT_TEXT_EXTRACTOR = Symbol('DOCUMENT_TEXT_EXTRACTOR');
