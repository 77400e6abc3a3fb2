import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { candidateDecider, candidateStreamId, CandidateProfile, CreateCandidateFromCv, CvFormat, EMPTY_PROFILE, MAX_CV_TEXT, ParsingStatus } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { DOCUMENT_TEXT_EXTRACTOR, DocumentTextError, DocumentTextExtractor } from '../../ports/document-text.port';
import { STORAGE, Storage } from '../../ports/storage.port';
import { assertMayAddCandidates } from '../candidate-access';
import { assertCvSignature, claimedCvFormat, CV_CONTENT_TYPES, CV_MAX_BYTES } from '../cv/cv-format';
import { parseCv } from '../cv/cv-parser';
import { UploadCvCommand } from './upload-cv.command';

interface Parsed {
  readonly status: ParsingStatus;
  readonly error: string | null;
  readonly text: string | null;
}

@CommandHandler(UploadCvCommand)
export class UploadCvHandler implements ICommandHandler<UploadCvCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(DOCUMENT_TEXT_EXTRACTOR) private readonly extractor: DocumentTextExtractor,
  ) {}

  async execute(command: UploadCvCommand): Promise<{ candidateId: string }> {
    assertMayAddCandidates(command.owner);
    const { upload } = command;
    // The claimed type is refused before a byte is stored; the signature once the first bytes are in.
    const format = claimedCvFormat(upload.fileName, upload.contentType);
    const candidateId = randomUUID();
    const head: Buffer[] = [];
    const stored = await this.storage.put(`cvs/${candidateId}/cv.${format}`, withHead(upload.content, head), {
      contentType: CV_CONTENT_TYPES[format],
      maxBytes: CV_MAX_BYTES,
    });
    try {
      assertCvSignature(format, Buffer.concat(head));
      const parsed = await this.read(stored.key, format);
      const metadata = this.store.commandMetadata();
      const profile = parsed.text ? parseCv(parsed.text, metadata.now.slice(0, 7)) : null;
      const create: CreateCandidateFromCv = {
        type: 'CreateCandidateFromCv',
        metadata,
        data: {
          candidateId,
          ownerId: command.owner.id,
          profile: withOverrides(profile, command),
          cv: {
            fileName: safeFileName(upload.fileName, format),
            format,
            contentType: CV_CONTENT_TYPES[format],
            sizeBytes: stored.size,
            sha256: stored.sha256,
            storageKey: stored.key,
          },
          parsingStatus: parsed.status,
          parsingError: parsed.error,
          cvText: parsed.text,
        },
      };
      await this.store.execute(candidateStreamId(candidateId), candidateDecider, create, { retries: 0 });
      return { candidateId };
    } catch (error) {
      // A refused upload leaves no orphan file behind.
      await this.storage.delete(stored.key).catch(() => undefined);
      throw error;
    }
  }

  /** A file that yields no text is still kept: the candidate exists with `parsing_status: failed` and the reason. */
  private async read(key: string, format: CvFormat): Promise<Parsed> {
    try {
      const text = (await this.extractor.extract(key, format)).trim();
      if (!text) return { status: 'failed', error: 'No text could be read from the CV (a scanned image?)', text: null };
      return { status: 'completed', error: null, text: text.slice(0, MAX_CV_TEXT) };
    } catch (error) {
      if (error instanceof DocumentTextError) return { status: 'failed', error: error.message, text: null };
      throw error;
    }
  }
}

const HEAD_BYTES = 16;

/** Passes the content through, keeping its first bytes (the format's signature) in `head`. */
async function* withHead(content: AsyncIterable<Buffer | string>, head: Buffer[]): AsyncGenerator<Buffer> {
  let kept = 0;
  for await (const piece of content) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    if (kept < HEAD_BYTES) {
      head.push(chunk.subarray(0, HEAD_BYTES - kept));
      kept += Math.min(chunk.length, HEAD_BYTES - kept);
    }
    yield chunk;
  }
}

function withOverrides(profile: CandidateProfile | null, { overrides }: UploadCvCommand): CandidateProfile {
  const base = profile ?? EMPTY_PROFILE;
  return {
    ...base,
    fullName: overrides.fullName?.trim() || base.fullName,
    email: overrides.email?.trim() || base.email,
    phone: overrides.phone?.trim() || base.phone,
  };
}

/** The name as shown back: the last path segment, printable, bounded. */
function safeFileName(name: string, format: CvFormat): string {
  const base = name.split(/[\\/]/).pop()?.replace(/[^\w .()-]/g, '_').slice(0, 200).trim();
  return base || `cv.${format}`;
}
