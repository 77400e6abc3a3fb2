import { SpeechToText } from '@candor/application/ports/stt.port';
import { TextToSpeech } from '@candor/application/ports/tts.port';
import { EspeakTextToSpeech } from './espeak-tts.adapter';
import { OpenAiSpeechToText } from './openai-stt.adapter';
import { OpenAiTextToSpeech } from './openai-tts.adapter';
import { PocketsphinxSpeechToText } from './pocketsphinx-stt.adapter';
import { ProcessGate } from './process-gate';
import { SpeechConfig } from './speech-config';

/** Picks each speech adapter from the configuration; the local engines share one gate (they share the CPU). */
export function createSpeechAdapters(config: SpeechConfig): { tts: TextToSpeech; stt: SpeechToText } {
  const gate = new ProcessGate(config.workers);
  const { tts, stt } = config;
  return {
    tts:
      tts.engine === 'openai'
        ? new OpenAiTextToSpeech({ baseUrl: tts.baseUrl, apiKey: tts.apiKey, timeoutMs: tts.timeoutMs, maxChars: tts.maxChars, defaultModel: tts.model })
        : new EspeakTextToSpeech({ maxChars: tts.maxChars, timeoutMs: tts.timeoutMs, defaultModel: tts.model, gate }),
    stt:
      stt.engine === 'openai'
        ? new OpenAiSpeechToText({ baseUrl: stt.baseUrl, apiKey: stt.apiKey, timeoutMs: stt.timeoutMs, maxBytes: stt.maxBytes, model: stt.model })
        : new PocketsphinxSpeechToText({ maxBytes: stt.maxBytes, maxSeconds: stt.maxSeconds, timeoutMs: stt.timeoutMs, gate }),
  };
}
