import { speechConfigFromEnv } from './speech-config';

describe('speechConfigFromEnv', () => {
  it('defaults to the local engines with the documented limits', () => {
    expect(speechConfigFromEnv({})).toEqual({
      tts: { engine: 'espeak-ng', baseUrl: 'https://api.openai.com/v1', apiKey: null, model: 'tts-1', maxChars: 5000, timeoutMs: 30_000 },
      stt: { engine: 'pocketsphinx', baseUrl: 'https://api.openai.com/v1', apiKey: null, model: 'whisper-1', maxBytes: 25 * 1024 * 1024, maxSeconds: 120, timeoutMs: 120_000 },
      workers: 2,
    });
  });

  it('selects the OpenAI-compatible adapters by base URL, and lends the LLM key only to the same server', () => {
    const config = speechConfigFromEnv({
      TTS_BASE_URL: 'http://llm.internal:8000/v1/',
      STT_BASE_URL: 'http://whisper.internal:9000',
      LLM_BASE_URL: 'http://llm.internal:8000/v1',
      LLM_API_KEY: 'sk-llm',
      TTS_MAX_CHARS: '300',
    });
    expect(config.tts).toMatchObject({ engine: 'openai', baseUrl: 'http://llm.internal:8000/v1', apiKey: 'sk-llm', maxChars: 300 });
    expect(config.stt).toMatchObject({ engine: 'openai', baseUrl: 'http://whisper.internal:9000', apiKey: null });
    expect(speechConfigFromEnv({ STT_BASE_URL: 'http://w', STT_API_KEY: 'sk-w', STT_ENGINE: 'pocketsphinx' }).stt).toMatchObject({ engine: 'pocketsphinx', apiKey: 'sk-w' });
  });

  it('ignores nonsense and keeps limits positive', () => {
    const config = speechConfigFromEnv({ TTS_ENGINE: 'festival', TTS_MAX_CHARS: '-5', STT_MAX_BYTES: 'lots', SPEECH_WORKERS: '0' });
    expect(config.tts).toMatchObject({ engine: 'espeak-ng', maxChars: 1 });
    expect(config.stt.maxBytes).toBe(25 * 1024 * 1024);
    expect(config.workers).toBe(1);
  });
});
