/** Speech settings (TTS_*, STT_*, SPEECH_WORKERS), read from the environment with defaults. The README lists each variable. */
export interface TtsConfig {
  /** TTS_ENGINE: 'espeak-ng' (local, default) or 'openai' (any server with `/v1/audio/speech`); 'openai' when TTS_BASE_URL is set. */
  readonly engine: 'espeak-ng' | 'openai';
  /** TTS_BASE_URL, e.g. https://api.openai.com/v1 (a path ending in /v<n> gets /audio/speech, any other /v1/audio/speech). */
  readonly baseUrl: string;
  /** TTS_API_KEY; falls back to LLM_API_KEY only when TTS_BASE_URL and LLM_BASE_URL point at the same server. */
  readonly apiKey: string | null;
  /** TTS_MODEL: the model used when a request names none. */
  readonly model: string;
  /** TTS_MAX_CHARS */
  readonly maxChars: number;
  /** TTS_TIMEOUT_MS: one synthesis, local or remote. */
  readonly timeoutMs: number;
}

export interface SttConfig {
  /** STT_ENGINE: 'pocketsphinx' (local, default) or 'openai' (Whisper `/v1/audio/transcriptions`); 'openai' when STT_BASE_URL is set. */
  readonly engine: 'pocketsphinx' | 'openai';
  /** STT_BASE_URL, same convention as TTS_BASE_URL. */
  readonly baseUrl: string;
  /** STT_API_KEY; falls back to LLM_API_KEY only when STT_BASE_URL and LLM_BASE_URL point at the same server. */
  readonly apiKey: string | null;
  /** STT_MODEL */
  readonly model: string;
  /** STT_MAX_BYTES: the largest recording accepted (Whisper's own limit is 25 MB). */
  readonly maxBytes: number;
  /** STT_MAX_SECONDS: the longest recording the local engine decodes (it costs about a third of its length in CPU). */
  readonly maxSeconds: number;
  /** STT_TIMEOUT_MS: one transcription, local or remote. */
  readonly timeoutMs: number;
}

export interface SpeechConfig {
  readonly tts: TtsConfig;
  readonly stt: SttConfig;
  /** SPEECH_WORKERS: local engine processes (espeak-ng, sox + pocketsphinx) run at once; the rest wait their turn. */
  readonly workers: number;
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export function speechConfigFromEnv(env: NodeJS.ProcessEnv): SpeechConfig {
  const ttsBaseUrl = env.TTS_BASE_URL || null;
  const sttBaseUrl = env.STT_BASE_URL || null;
  return {
    tts: {
      engine: engine(env.TTS_ENGINE, ['espeak-ng', 'openai'], ttsBaseUrl ? 'openai' : 'espeak-ng'),
      baseUrl: (ttsBaseUrl ?? OPENAI_BASE_URL).replace(/\/+$/, ''),
      apiKey: env.TTS_API_KEY || sharedLlmKey(ttsBaseUrl ?? OPENAI_BASE_URL, env),
      model: env.TTS_MODEL || 'tts-1',
      maxChars: int(env.TTS_MAX_CHARS, 5000, 1),
      timeoutMs: int(env.TTS_TIMEOUT_MS, 30_000, 1_000),
    },
    stt: {
      engine: engine(env.STT_ENGINE, ['pocketsphinx', 'openai'], sttBaseUrl ? 'openai' : 'pocketsphinx'),
      baseUrl: (sttBaseUrl ?? OPENAI_BASE_URL).replace(/\/+$/, ''),
      apiKey: env.STT_API_KEY || sharedLlmKey(sttBaseUrl ?? OPENAI_BASE_URL, env),
      model: env.STT_MODEL || 'whisper-1',
      maxBytes: int(env.STT_MAX_BYTES, 25 * 1024 * 1024, 1024),
      maxSeconds: int(env.STT_MAX_SECONDS, 120, 1),
      timeoutMs: int(env.STT_TIMEOUT_MS, 120_000, 1_000),
    },
    workers: int(env.SPEECH_WORKERS, 2, 1),
  };
}

/** The LLM's key is only sent to the LLM's own server: a speech server elsewhere must be given its own key. */
function sharedLlmKey(baseUrl: string, env: NodeJS.ProcessEnv): string | null {
  if (!env.LLM_API_KEY || !env.LLM_BASE_URL) return null;
  try {
    return new URL(baseUrl).origin === new URL(env.LLM_BASE_URL).origin ? env.LLM_API_KEY : null;
  } catch {
    return null;
  }
}

function engine<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function int(value: string | undefined, fallback: number, min: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? Math.max(min, parsed) : fallback;
}
