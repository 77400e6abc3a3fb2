import { Query } from '@nestjs/cqrs';
import type { Transcription } from '../../ports/stt.port';

/** Speech to text with the configured engine (S2 `POST /api/v1/voice/stt`, audio chunks on the interview WebSocket). */
export class TranscribeAudioQuery extends Query<Transcription> {
  constructor(
    readonly audio: Buffer,
    readonly mimeType?: string,
  ) {
    super();
  }
}
