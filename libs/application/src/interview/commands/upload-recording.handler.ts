import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, RecordRecordingUpload, recordingDecider, recordingStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { STORAGE, Storage } from '../../ports/storage.port';
import { captureHead } from '../../uploads/head-capture';
import { assertRecordingSignature, RECORDING_FORMATS, wavDurationSeconds } from '../../uploads/media-format';
import { loadVisibleInterview } from '../queries/load-visible-interview';
import { RecordingView, toRecordingView } from '../recording/recording-view';
import { UploadRecordingCommand } from './upload-recording.command';

/** One recording: 500 MB (CONTRACTS.md's per-file upload limit). */
export const RECORDING_MAX_BYTES = 500 * 1024 * 1024;

/** Enough of the head for the signature and a WAV header with a few metadata chunks before `data`. */
const HEAD_BYTES = 4096;

@CommandHandler(UploadRecordingCommand)
export class UploadRecordingHandler implements ICommandHandler<UploadRecordingCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute({ interviewId, actor, upload }: UploadRecordingCommand): Promise<RecordingView> {
    await loadVisibleInterview(this.reads, interviewId, actor, 'participate');
    // The declared type and the extension are refused before a byte is stored; the signature once the head is in.
    const format = recordingFormat(upload.fileName, upload.contentType);
    const recordingId = randomUUID();
    const head = { bytes: Buffer.alloc(0) };
    const stored = await this.storage.put(`recordings/${interviewId}/${recordingId}.${format}`, captureHead(upload.content, head, HEAD_BYTES), {
      contentType: RECORDING_FORMATS[format].contentType,
      maxBytes: RECORDING_MAX_BYTES,
    });
    try {
      if (stored.size === 0) throw new DomainError('RECORDING.EMPTY', 'The recording is empty', 'invalid');
      assertRecordingSignature(format, head.bytes);
      const command: RecordRecordingUpload = {
        type: 'RecordRecordingUpload',
        metadata: this.store.commandMetadata(),
        data: {
          interviewId,
          actorId: actor.id,
          file: {
            recordingId,
            fileName: safeFileName(upload.fileName, format),
            contentType: RECORDING_FORMATS[format].contentType,
            sizeBytes: stored.size,
            sha256: stored.sha256,
            storageKey: stored.key,
            durationSeconds: format === 'wav' ? wavDurationSeconds(head.bytes) : null,
          },
        },
      };
      const before = await this.store.load(recordingStreamId(interviewId), recordingDecider);
      const { state } = await this.store.execute(recordingStreamId(interviewId), recordingDecider, command);
      // The replaced file is no longer referenced by any current fact: free it (best effort).
      if (before.state.current) await this.storage.delete(before.state.current.storageKey).catch(() => undefined);
      return toRecordingView(interviewId, state)!;
    } catch (error) {
      await this.storage.delete(stored.key).catch(() => undefined);
      throw error;
    }
  }
}

/** What a client declares when it does not know the type (curl -F for .wav, .flac, .mkv...): the extension decides. */
const UNDECLARED_TYPES = ['', 'application/octet-stream'];

/**
 * The format from the extension, else from the declared content type; only audio and video are taken (400).
 * An undeclared type is taken for a listed extension: the signature check on the stored head still applies.
 */
export function recordingFormat(fileName: string, contentType: string): string {
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (UNDECLARED_TYPES.includes(type) && ext && RECORDING_FORMATS[ext]) return ext;
  if (!type.startsWith('audio/') && !type.startsWith('video/')) {
    throw new DomainError('RECORDING.UNSUPPORTED_TYPE', `Only audio/* and video/* recordings are accepted, not "${type || 'none'}"`, 'invalid');
  }
  if (ext && RECORDING_FORMATS[ext] && RECORDING_FORMATS[ext].contentType.split('/')[0] === type.split('/')[0]) return ext;
  const alias: Record<string, string> = { 'audio/x-wav': 'audio/wav', 'audio/wave': 'audio/wav', 'audio/mp3': 'audio/mpeg', 'audio/x-m4a': 'audio/mp4' };
  const byType = Object.entries(RECORDING_FORMATS).find(([, f]) => f.contentType === (alias[type] ?? type));
  if (byType) return byType[0];
  throw new DomainError(
    'RECORDING.UNSUPPORTED_TYPE',
    `Unsupported recording (${type}): audio .wav .mp3 .m4a .flac .ogg or video .mp4 .mov .avi .mkv .webm`,
    'invalid',
  );
}

function safeFileName(name: string, format: string): string {
  const base = name?.split(/[\\/]/).pop()?.replace(/[^\w .()-]/g, '_').slice(0, 200).trim();
  return base || `recording.${format}`;
}
