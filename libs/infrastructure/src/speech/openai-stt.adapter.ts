import { DomainError } from '@candor/domain';
import { SpeechToText, Transcription } from '@candor/application/ports/stt.port';
import { AudioFormat } from './audio-format';
import { OpenAiEndpoint, postToEndpoint } from './openai-endpoint';
import { checkAudio } from './speech-input';
import { parseWav } from './wav';

export interface OpenAiSttOptions extends OpenAiEndpoint {
  readonly maxBytes: number;
  readonly model: string;
}

/** The containers Whisper reads (its own list also names mpeg/mpga, which are mp3). */
const WHISPER_FORMATS: readonly AudioFormat['type'][] = ['wav', 'flac', 'ogg', 'mp3', 'webm', 'mp4'];

interface VerboseTranscription {
  text?: unknown;
  duration?: unknown;
  segments?: { avg_logprob?: unknown }[];
}

/** Speech to text through any server speaking OpenAI's `POST /v1/audio/transcriptions` (OpenAI, whisper.cpp, faster-whisper). */
export class OpenAiSpeechToText implements SpeechToText {
  readonly maxBytes: number;

  constructor(private readonly options: OpenAiSttOptions) {
    this.maxBytes = options.maxBytes;
  }

  async transcribe(audio: Buffer, _mimeType?: string): Promise<Transcription> {
    const format = checkAudio(audio, this.maxBytes, WHISPER_FORMATS);
    const form = new FormData();
    // Whisper picks its decoder from the file name, so the name carries the sniffed container's extension.
    form.append('file', new Blob([new Uint8Array(audio)], { type: format.mimeType }), `audio.${format.extension}`);
    form.append('model', this.options.model);
    // verbose_json carries the duration and per-segment log probabilities (our confidence).
    form.append('response_format', 'verbose_json');
    const response = await postToEndpoint(this.options, 'audio/transcriptions', form, { accept: 'application/json' }, 'STT');
    const raw = await response.text();
    let body: VerboseTranscription;
    try {
      body = JSON.parse(raw) as VerboseTranscription;
    } catch {
      throw new DomainError('SPEECH.REMOTE_FAILED', 'STT server did not answer with JSON', 'unavailable');
    }
    if (typeof body.text !== 'string') throw new DomainError('SPEECH.REMOTE_FAILED', 'STT server answered without a text', 'unavailable');
    const headerDuration = format.type === 'wav' ? parseWav(audio)?.durationSeconds ?? null : null;
    const duration = typeof body.duration === 'number' ? body.duration : headerDuration;
    return {
      text: body.text.trim(),
      confidence: confidenceOf(body.segments),
      durationSeconds: duration === null ? null : Math.round(duration * 1000) / 1000,
      engine: 'openai-compatible',
    };
  }
}

/** exp(mean avg_logprob): the mean per-token probability Whisper assigned to its own transcript. */
function confidenceOf(segments: VerboseTranscription['segments']): number | null {
  const logprobs = (Array.isArray(segments) ? segments : []).map((s) => s.avg_logprob).filter((p): p is number => typeof p === 'number');
  if (logprobs.length === 0) return null;
  const mean = logprobs.reduce((sum, p) => sum + p, 0) / logprobs.length;
  return Math.round(Math.min(1, Math.max(0, Math.exp(mean))) * 1000) / 1000;
}
