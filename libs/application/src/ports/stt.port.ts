/** Speech to text: one recording in, its transcript out (S2 `POST /api/v1/voice/stt`). */
export interface Transcription {
  readonly text: string;
  /** 0–1, the engine's own estimate averaged over the words; null when the engine reports none. */
  readonly confidence: number | null;
  /** Length of the recording; null when neither the engine nor the container says. */
  readonly durationSeconds: number | null;
  /** Which adapter produced it: 'pocketsphinx' or 'openai-compatible'. */
  readonly engine: string;
}

/**
 * Adapters refuse empty, oversized, too long, corrupt or non-audio input (DomainError 'invalid' / 'limit') and answer
 * 'unavailable' when their engine is missing or failing.
 */
export interface SpeechToText {
  /** The largest recording (in bytes) transcribe accepts. */
  readonly maxBytes: number;
  /** mimeType is a hint only: adapters identify the container from the bytes themselves. */
  transcribe(audio: Buffer, mimeType?: string): Promise<Transcription>;
}

export const SPEECH_TO_TEXT = Symbol('SPEECH_TO_TEXT');
