import { DomainError } from '@candor/domain';
import { SpeechSynthesis, TextToSpeech } from '@candor/application/ports/tts.port';
import { espeakVoiceFor, unknownVoice } from './espeak-voices';
import { ProcessGate } from './process-gate';
import { runProcess } from './run-process';
import { checkSpeechText } from './speech-input';
import { parseWav, withExactWavSizes } from './wav';

export interface EspeakTtsOptions {
  readonly maxChars: number;
  readonly timeoutMs: number;
  /** The model reported when a request names none (espeak-ng has one engine; the name is echoed for OpenAI clients). */
  readonly defaultModel: string;
  readonly gate: ProcessGate;
  readonly binary?: string;
}

/** espeak-ng: ~22 kHz mono 16-bit PCM; 5000 characters come to a few minutes of audio, well under this cap. */
const MAX_AUDIO_BYTES = 64 * 1024 * 1024;

/** Local text to speech with espeak-ng (Debian package espeak-ng): no network, WAV out. */
export class EspeakTextToSpeech implements TextToSpeech {
  readonly maxChars: number;
  private readonly binary: string;

  constructor(private readonly options: EspeakTtsOptions) {
    this.maxChars = options.maxChars;
    this.binary = options.binary ?? 'espeak-ng';
  }

  async synthesize(text: string, voice: string, model?: string): Promise<SpeechSynthesis> {
    const input = checkSpeechText(text, this.maxChars);
    const espeakVoice = espeakVoiceFor(voice);
    // The text goes in on stdin, so nothing the caller writes can be read as an option.
    const output = await this.options.gate.run(() =>
      runProcess(this.binary, ['--stdout', '-v', espeakVoice], {
        input,
        timeoutMs: this.options.timeoutMs,
        maxStdoutBytes: MAX_AUDIO_BYTES,
      }),
    );
    if (output.code !== 0) {
      if (/voice does not exist/i.test(output.stderr)) throw unknownVoice(voice);
      throw new DomainError('SPEECH.ENGINE_FAILED', `espeak-ng failed: ${output.stderr.trim().slice(0, 300)}`, 'unavailable');
    }
    const audio = withExactWavSizes(output.stdout);
    const info = parseWav(audio);
    if (!info) throw new DomainError('SPEECH.ENGINE_FAILED', 'espeak-ng did not produce a WAV file', 'unavailable');
    return {
      audio,
      mimeType: 'audio/wav',
      voice,
      model: model || this.options.defaultModel,
      engine: 'espeak-ng',
      durationSeconds: round(info.durationSeconds),
    };
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
