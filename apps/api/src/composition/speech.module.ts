import { Global, Module } from '@nestjs/common';
import { SPEECH_TO_TEXT } from '@candor/application/ports/stt.port';
import { TEXT_TO_SPEECH } from '@candor/application/ports/tts.port';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { createSpeechAdapters } from '@candor/infrastructure/speech/speech.factory';

const SPEECH_ADAPTERS = Symbol('SPEECH_ADAPTERS');

/** Speech: text to speech and speech to text, each bound to its configured adapter (local engines by default). */
@Global()
@Module({
  providers: [
    { provide: SPEECH_ADAPTERS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createSpeechAdapters(config.speech) },
    { provide: TEXT_TO_SPEECH, inject: [SPEECH_ADAPTERS], useFactory: (adapters: ReturnType<typeof createSpeechAdapters>) => adapters.tts },
    { provide: SPEECH_TO_TEXT, inject: [SPEECH_ADAPTERS], useFactory: (adapters: ReturnType<typeof createSpeechAdapters>) => adapters.stt },
  ],
  exports: [TEXT_TO_SPEECH, SPEECH_TO_TEXT],
})
export class SpeechModule {}
