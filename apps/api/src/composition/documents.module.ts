import { Global, Module } from '@nestjs/common';
import { STORAGE, Storage } from '@candor/application/ports/storage.port';
import { DOCUMENT_TEXT_EXTRACTOR } from '@candor/application/ports/document-text.port';
import { CommandLineDocumentTextExtractor } from '@candor/infrastructure/documents/document-text-extractor.adapter';

/** Reading the text of stored documents (CVs): pdftotext and unzip from PATH, bounded in time and pages. */
@Global()
@Module({
  providers: [
    {
      provide: DOCUMENT_TEXT_EXTRACTOR,
      inject: [STORAGE],
      useFactory: (storage: Storage) =>
        new CommandLineDocumentTextExtractor(storage, { timeoutMs: 20_000, maxPages: 30, pdftotextPath: 'pdftotext', unzipPath: 'unzip' }),
    },
  ],
  exports: [DOCUMENT_TEXT_EXTRACTOR],
})
export class DocumentsModule {}
