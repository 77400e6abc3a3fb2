import { Query } from '@nestjs/cqrs';
import type { SpeechSynthesis } from '../../ports/tts.port';

/** Text to speech with the configured engine (S2 `POST /api/v1/voice/tts`). */
export class SynthesizeSpeechQuery extends Query<SpeechSynthesis> {
  constructor(
    readonly text: string,
    readonly voice: string,
    readonly model?: string,
  ) {
    super();
  }
}
