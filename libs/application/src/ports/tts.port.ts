/** Text to speech: one utterance in, one audio file out (S2 `POST /api/v1/voice/tts`, the AI interviewer's voice). */
export interface SpeechSynthesis {
  readonly audio: Buffer;
  /** e.g. 'audio/wav'. */
  readonly mimeType: string;
  /** The voice asked for, as given (e.g. OpenAI's 'alloy'), not the engine's internal name. */
  readonly voice: string;
  readonly model: string;
  /** Which adapter produced it: 'espeak-ng' or 'openai-compatible'. */
  readonly engine: string;
  /** Length of the audio; null when the engine's format does not say. */
  readonly durationSeconds: number | null;
}

/**
 * Adapters refuse empty text and text past their length limit (DomainError 'invalid' / 'limit'), an unknown voice
 * ('invalid'), and answer 'unavailable' when their engine is missing or failing.
 */
export interface TextToSpeech {
  /** The longest text (in characters) synthesize accepts. */
  readonly maxChars: number;
  synthesize(text: string, voice: string, model?: string): Promise<SpeechSynthesis>;
}

export const TEXT_TO_SPEECH = Symbol('TEXT_TO_SPEECH');
