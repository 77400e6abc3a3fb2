import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, RecordingErrors, recordingDecider, recordingStreamId, RecordTranscript } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { STORAGE, Storage } from '../../ports/storage.port';
import { SPEECH_TO_TEXT, SpeechToText } from '../../ports/stt.port';
import { loadVisibleInterview } from '../queries/load-visible-interview';
import { RecordingView, toRecordingView } from '../recording/recording-view';
import { TranscribeRecordingCommand } from './transcribe-recording.command';

/** The containers the local speech engine decodes (sox): video containers and AAC need a transcoder this server lacks. */
export const TRANSCRIBABLE_TYPES: readonly string[] = ['audio/wav', 'audio/flac', 'audio/ogg', 'audio/mpeg'];

@CommandHandler(TranscribeRecordingCommand)
export class TranscribeRecordingHandler implements ICommandHandler<TranscribeRecordingCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(SPEECH_TO_TEXT) private readonly stt: SpeechToText,
  ) {}

  async execute({ interviewId, actor }: TranscribeRecordingCommand): Promise<RecordingView> {
    await loadVisibleInterview(this.reads, interviewId, actor, 'participate');
    const { state } = await this.store.load(recordingStreamId(interviewId), recordingDecider);
    const current = state.current;
    if (!current) throw RecordingErrors.none();
    if (!TRANSCRIBABLE_TYPES.includes(current.contentType)) {
      throw new DomainError(
        'RECORDING.NOT_TRANSCRIBABLE',
        `A ${current.contentType} recording cannot be transcribed here: upload the audio as WAV, FLAC, OGG or MP3`,
        'invalid',
      );
    }
    if (current.sizeBytes > this.stt.maxBytes) {
      throw new DomainError('RECORDING.TOO_LARGE_TO_TRANSCRIBE', `Recordings over ${this.stt.maxBytes} bytes cannot be transcribed`, 'invalid');
    }
    const file = await this.storage.get(current.storageKey);
    if (!file) throw RecordingErrors.none();
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    const result = await this.stt.transcribe(Buffer.concat(chunks), current.contentType);
    const command: RecordTranscript = {
      type: 'RecordTranscript',
      metadata: this.store.commandMetadata(),
      data: {
        interviewId,
        recordingId: current.recordingId,
        text: result.text,
        confidence: result.confidence,
        durationSeconds: result.durationSeconds ?? current.durationSeconds,
        engine: result.engine,
      },
    };
    const decided = await this.store.execute(recordingStreamId(interviewId), recordingDecider, command, { retries: 0 });
    return toRecordingView(interviewId, decided.state)!;
  }
}
