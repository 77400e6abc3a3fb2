import { DomainError } from '@candor/domain';
import { SpeechSynthesis, TextToSpeech } from '@candor/application/ports/tts.port';
import { OpenAiEndpoint, postToEndpoint } from './openai-endpoint';
import { checkSpeechText } from './speech-input';
import { parseWav, withExactWavSizes } from './wav';

export interface OpenAiTtsOptions extends OpenAiEndpoint {
  readonly maxChars: number;
  readonly defaultModel: string;
}

const MAX_AUDIO_BYTES = 64 * 1024 * 1024;

/** Text to speech through any server speaking OpenAI's `POST /v1/audio/speech` (OpenAI, LocalAI, openedai-speech, Kokoro). */
export class OpenAiTextToSpeech implements TextToSpeech {
  readonly maxChars: number;

  constructor(private readonly options: OpenAiTtsOptions) {
    this.maxChars = options.maxChars;
  }

  async synthesize(text: string, voice: string, model?: string): Promise<SpeechSynthesis> {
    const input = checkSpeechText(text, this.maxChars);
    if (typeof voice !== 'string' || voice.trim() === '') throw new DomainError('SPEECH.UNKNOWN_VOICE', 'voice must not be empty', 'invalid');
    const usedModel = model || this.options.defaultModel;
    // The server knows its own voices; an unknown one comes back as its 400.
    const response = await postToEndpoint(
      this.options,
      'audio/speech',
      JSON.stringify({ model: usedModel, input, voice, response_format: 'wav' }),
      { 'content-type': 'application/json', accept: 'audio/wav' },
      'TTS',
    );
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_AUDIO_BYTES) {
      await response.body?.cancel();
      throw new DomainError('SPEECH.REMOTE_FAILED', `TTS server sent ${declared} bytes, more than ${MAX_AUDIO_BYTES}`, 'unavailable');
    }
    const received = Buffer.from(await response.arrayBuffer());
    const info = parseWav(received);
    if (!info) throw new DomainError('SPEECH.REMOTE_FAILED', 'TTS server did not answer with a WAV file', 'unavailable');
    return {
      audio: withExactWavSizes(received),
      mimeType: 'audio/wav',
      voice,
      model: usedModel,
      engine: 'openai-compatible',
      durationSeconds: Math.round(info.durationSeconds * 1000) / 1000,
    };
  }
}
