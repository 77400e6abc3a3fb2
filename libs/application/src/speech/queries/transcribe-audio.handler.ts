import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SPEECH_TO_TEXT, SpeechToText, Transcription } from '../../ports/stt.port';
import { TranscribeAudioQuery } from './transcribe-audio.query';

@QueryHandler(TranscribeAudioQuery)
export class TranscribeAudioHandler implements IQueryHandler<TranscribeAudioQuery> {
  constructor(@Inject(SPEECH_TO_TEXT) private readonly stt: SpeechToText) {}

  execute(query: TranscribeAudioQuery): Promise<Transcription> {
    return this.stt.transcribe(query.audio, query.mimeType);
  }
}
